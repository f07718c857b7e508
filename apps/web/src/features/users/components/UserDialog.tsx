import { useMutation } from '@apollo/client/react';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Role } from '@lagesbild/types';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFailureOf, useFieldErrorText } from '../../../apollo/api-errors';
import type { ApiFailure } from '../../../apollo/api-errors';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';

const UserDialog_Create = graphql(`
  mutation UserDialog_Create($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

const UserDialog_Update = graphql(`
  mutation UserDialog_Update($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      name
      isActive
      version
    }
  }
`);

const ROLES: Role[] = ['VIEWER', 'ANALYST', 'PORTFOLIO_OFFICE', 'PLANNER', 'APPROVER', 'ADMIN'];

export interface EditedUser {
  id: string;
  email: string;
  name: string;
  isActive: boolean;
  version: number;
  roles: { role: Role; orgUnit: { id: string } }[];
}

export interface UserDialogProps {
  /** The user to change; none to create one. */
  user: EditedUser | null;
  orgUnits: readonly { id: string; name: string }[];
  /** The unit a new role starts with, and a new user's first role is for. */
  defaultOrgUnitId?: string;
  onClose: () => void;
}

/** Creates a user or changes one: name, active, password and roles per org unit. */
export function UserDialog({ user, orgUnits, defaultOrgUnitId, onClose }: UserDialogProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [isActive, setActive] = useState(user?.isActive ?? true);
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<{ role: Role; orgUnitId: string }[]>(
    user?.roles.map((role) => ({ role: role.role, orgUnitId: role.orgUnit.id })) ??
      (defaultOrgUnitId ? [{ role: 'VIEWER', orgUnitId: defaultOrgUnitId }] : []),
  );
  const [version, setVersion] = useState(user?.version ?? 1);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [create, creating] = useMutation(UserDialog_Create, {
    refetchQueries: ['UsersPage_Query'],
    awaitRefetchQueries: true,
  });
  const [update, updating] = useMutation(UserDialog_Update, {
    refetchQueries: ['UsersPage_Query'],
    awaitRefetchQueries: true,
  });

  const errorText = useFieldErrorText(failure);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      if (user) {
        await update({
          variables: {
            input: { id: user.id, expectedVersion: version, name, isActive, password: password || null, roles },
          },
        });
      } else {
        await create({ variables: { input: { email, name, password: password || null, roles } } });
      }
      onClose();
    } catch (error) {
      setFailure(apiFailureOf(error));
    }
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="user-dialog-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="user-dialog-title">
          {user ? t('users.editTitle', { name: user.name }) : t('users.newTitle')}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <MutationFailureAlert
              failure={failure}
              onKeepMine={() => {
                setVersion((failure?.current as { version?: number } | null)?.version ?? version);
                setFailure(null);
              }}
            />
            <TextField
              label={t('users.email')}
              type="email"
              value={email}
              disabled={Boolean(user)}
              onChange={(event) => setEmail(event.target.value)}
              error={Boolean(errorText('email'))}
              helperText={errorText('email')}
              required
            />
            <TextField
              label={t('users.name')}
              value={name}
              onChange={(event) => setName(event.target.value)}
              error={Boolean(errorText('name'))}
              helperText={errorText('name')}
              required
            />
            <TextField
              label={user ? t('users.newPassword') : t('users.password')}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={Boolean(errorText('password'))}
              helperText={errorText('password') ?? t('users.passwordHint')}
            />
            {user && (
              <FormControlLabel
                control={<Switch checked={isActive} onChange={(event) => setActive(event.target.checked)} />}
                label={t('users.active')}
              />
            )}
            <Typography variant="subtitle1" component="h3">
              {t('users.roles')}
            </Typography>
            {roles.map((assignment, index) => (
              <Stack direction="row" spacing={1} key={index} sx={{ alignItems: 'center' }}>
                <TextField
                  select
                  size="small"
                  label={t('users.role')}
                  value={assignment.role}
                  onChange={(event) =>
                    setRoles(
                      roles.map((other, at) => (at === index ? { ...other, role: event.target.value as Role } : other)),
                    )
                  }
                  sx={{ minWidth: 180 }}
                >
                  {ROLES.map((role) => (
                    <MenuItem key={role} value={role}>
                      {t(`role.${role}`)}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  select
                  size="small"
                  label={t('pickers.orgUnit')}
                  value={assignment.orgUnitId}
                  onChange={(event) =>
                    setRoles(
                      roles.map((other, at) => (at === index ? { ...other, orgUnitId: event.target.value } : other)),
                    )
                  }
                  sx={{ flexGrow: 1 }}
                >
                  {orgUnits.map((unit) => (
                    <MenuItem key={unit.id} value={unit.id}>
                      {unit.name}
                    </MenuItem>
                  ))}
                </TextField>
                <IconButton
                  aria-label={t('users.removeRole')}
                  onClick={() => setRoles(roles.filter((_, at) => at !== index))}
                >
                  <DeleteIcon />
                </IconButton>
              </Stack>
            ))}
            {errorText('roles') && <FormHelperText error>{errorText('roles')}</FormHelperText>}
            <Button
              startIcon={<AddIcon />}
              onClick={() =>
                setRoles([...roles, { role: 'VIEWER', orgUnitId: defaultOrgUnitId ?? orgUnits[0]?.id ?? '' }])
              }
              sx={{ alignSelf: 'flex-start' }}
            >
              {t('users.addRole')}
            </Button>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={creating.loading || updating.loading}>
            {t('app.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
