// A real OpenID Connect provider (the oidc-provider package) for tests of single sign-on,
// run in its own process because it is an ES module with its own web framework.
// Usage: node oidc-test-provider.mjs <port> <client_id> <client_secret> <redirect_uri>
// Prints one line, "ready <issuer>", when it listens. Any login name signs in as that
// account, with the login as its email: the provider's development sign-in pages.
import Provider from 'oidc-provider';

const [port, clientId, clientSecret, redirectUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  findAccount: (_context, id) => ({
    accountId: id,
    claims: () => ({ sub: id, email: id, email_verified: true, name: id }),
  }),
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['a test key that is only used in tests'] },
});
provider.listen(Number(port), '127.0.0.1', () => console.log(`ready ${issuer}`));
