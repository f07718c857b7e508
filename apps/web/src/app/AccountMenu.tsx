import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import CheckIcon from '@mui/icons-material/Check';
import LogoutIcon from '@mui/icons-material/Logout';
import PersonIcon from '@mui/icons-material/Person';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignOut } from '../features/access/useSignOut';
import { useViewer } from '../features/access/ViewerContext';
import { LANGUAGES } from '../i18n/i18n';
import { chooseLanguage, LANGUAGE_NAMES } from './LanguageSwitch';
import { ROUTES } from './routes';

/**
 * The signed-in user's name, the language and signing out, behind one button: beside an
 * administrator's fifteen pages of navigation, three controls of their own pushed the app bar
 * onto a second row at 1366 px. The button names the user; the menu is keyboard-operable as
 * any menu (arrows, Enter, Escape back to the button).
 */
export function AccountMenu() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  return (
    <>
      <Button
        color="inherit"
        aria-label={t('app.accountOf', { name: viewer.name })}
        aria-haspopup="menu"
        aria-expanded={Boolean(anchor)}
        aria-controls={anchor ? 'account-menu' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none', whiteSpace: 'nowrap', minWidth: 0, flexShrink: 0, px: 1 }}
      >
        <AccountCircleIcon />
        {/* The first name only on a wide screen; the button's accessible name holds the whole name. */}
        <Box component="span" aria-hidden sx={{ ml: 1, display: { xs: 'none', xl: 'inline' } }}>
          {viewer.name.split(' ')[0]}
        </Box>
      </Button>
      <Menu
        id="account-menu"
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <ListSubheader role="none" sx={{ lineHeight: 2.5 }}>
          {viewer.name}
        </ListSubheader>
        <MenuItem
          onClick={() => {
            close();
            void navigate(ROUTES.myPage);
          }}
        >
          <ListItemIcon>
            <PersonIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('app.myPage')}</ListItemText>
        </MenuItem>
        <Divider />
        <ListSubheader role="none" sx={{ lineHeight: 2.5 }}>
          {t('app.language')}
        </ListSubheader>
        {LANGUAGES.map((language) => {
          const chosen = i18n.language === language;
          return (
            <MenuItem
              key={language}
              lang={language}
              role="menuitemradio"
              aria-checked={chosen}
              onClick={() => {
                chooseLanguage(i18n, language);
                close();
              }}
            >
              <ListItemIcon>{chosen && <CheckIcon fontSize="small" />}</ListItemIcon>
              <ListItemText>{LANGUAGE_NAMES[language]}</ListItemText>
            </MenuItem>
          );
        })}
        <Divider />
        <MenuItem
          onClick={() => {
            close();
            void signOut();
          }}
        >
          <ListItemIcon>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('app.signOut')}</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
}
