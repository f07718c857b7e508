import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { LoadError, Loading } from '../components/QueryState';
import { useViewer } from '../features/access/ViewerContext';
import { UserDialog } from '../features/users/components/UserDialog';
import type { EditedUser } from '../features/users/components/UserDialog';
import { graphql } from '../generated';

const UsersPage_Query = graphql(`
  query UsersPage_Query {
    users {
      id
      email
      name
      isActive
      singleSignOn
      version
      roles {
        role
        orgUnit {
          id
          name
        }
      }
    }
    orgUnits {
      id
      name
    }
  }
`);

/** Användare: the accounts and their roles, for administrators of the whole organisation. */
export function UsersPage() {
  const { t } = useTranslation();
  const { isAdministrator } = useViewer();
  const { data, loading, error, refetch } = useQuery(UsersPage_Query, { skip: !isAdministrator });
  const [editing, setEditing] = useState<EditedUser | 'new' | null>(null);
  // Organisation links here with the unit to give roles for (?enhet=<id>): new roles start there.
  const [search] = useSearchParams();
  const roleUnitId = data?.orgUnits.some((unit) => unit.id === search.get('enhet')) ? search.get('enhet')! : undefined;

  if (!isAdministrator) return <Alert severity="warning">{t('apiError.FORBIDDEN')}</Alert>;
  return (
    <>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
        <Typography variant="h4" component="h1">
          {t('users.title')}
        </Typography>
        <Button variant="contained" onClick={() => setEditing('new')}>
          {t('users.new')}
        </Button>
      </Stack>
      {loading && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && (
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
          <Table aria-label={t('users.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('users.name')}</TableCell>
                <TableCell>{t('users.roles')}</TableCell>
                <TableCell>{t('users.status')}</TableCell>
                {/* The column of buttons needs a header too, for screen readers only. */}
                <TableCell>
                  <VisuallyHidden>{t('app.actions')}</VisuallyHidden>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.users.map((user) => (
                <TableRow key={user.id}>
                  <TableCell component="th" scope="row">
                    {user.name}
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {user.email}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    {user.roles.map((role) => `${t(`role.${role.role}`)}, ${role.orgUnit.name}`).join('; ') || '–'}
                  </TableCell>
                  <TableCell>
                    {user.isActive ? t('users.activeLabel') : t('users.inactiveLabel')}
                    {user.singleSignOn ? ` · ${t('users.singleSignOn')}` : ''}
                  </TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      onClick={() => setEditing(user)}
                      aria-label={t('users.editTitle', { name: user.name })}
                    >
                      {t('users.edit')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {editing && data && (
        <UserDialog
          user={editing === 'new' ? null : editing}
          orgUnits={data.orgUnits}
          defaultOrgUnitId={roleUnitId}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
