// Generates the Prisma client from schema.prisma without Prisma's native engines.
// The Prisma CLI wants to download `schema-engine` before `generate`, which fails where
// only the npm registry is reachable; generation itself never uses the engine, so any
// existing file satisfies the check (see ../shared/TOOLCHAIN.md).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const packageDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const prismaCli = path.join(packageDir, 'node_modules', 'prisma', 'build', 'index.js');

execFileSync(process.execPath, [prismaCli, 'generate', '--schema', 'schema.prisma'], {
  cwd: packageDir,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
