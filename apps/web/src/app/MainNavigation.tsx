import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Box from '@mui/material/Box';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { useViewer } from '../features/access/ViewerContext';
import { ToDoNavLabel, toDoNavName } from '../features/to-do/components/ToDoNavLabel';
import { useToDoCount } from '../features/to-do/useToDoCount';
import { ADMINISTRATION_GROUP, ANALYST_ROUTES, NAVIGATION_ORDER, PLANNING_GROUP, ROUTES } from './routes';
import type { NavigationGroup, NavigationRoute } from './routes';

/**
 * The main navigation: a tab per page everyone reads, and a menu per group of pages a role
 * brings (planning, administration), marked as current while one of its pages is open.
 */
export function MainNavigation() {
  const { t } = useTranslation();
  const { isAdministrator, isAnalyst, isPlanner } = useViewer();
  const { pathname, search } = useLocation();
  const toDo = useToDoCount();
  const [openGroup, setOpenGroup] = useState<{ name: NavigationGroup['name']; anchor: HTMLElement } | null>(null);
  const tabs: NavigationRoute[] = [...NAVIGATION_ORDER, ...(isAnalyst ? ANALYST_ROUTES : [])];
  const groups = [...(isPlanner ? [PLANNING_GROUP] : []), ...(isAdministrator ? [ADMINISTRATION_GROUP] : [])].filter(
    (group) => group.routes.length > 0,
  );

  // An indicator's page belongs under Mål och indikatorer.
  const shownPath = pathname.startsWith(ROUTES.indicator) ? ROUTES.goals : pathname;
  // By whole path segments: /malvarden is not under /mal.
  const isAt = (name: NavigationRoute) => shownPath === ROUTES[name] || shownPath.startsWith(`${ROUTES[name]}/`);
  const currentGroup = groups.find((group) => group.routes.some(isAt));
  const current = currentGroup?.name ?? tabs.find(isAt) ?? false;
  const shownGroup = groups.find((group) => group.name === openGroup?.name);

  return (
    <Box component="nav" aria-label={t('nav.label')}>
      <Tabs
        value={current}
        textColor="inherit"
        indicatorColor="secondary"
        variant="scrollable"
        // Between a phone and 1366 px the tabs may not all fit: arrows then scroll them, and show that
        // there are more. MUI hides them on touch screens by default, where nothing else would tell.
        scrollButtons="auto"
        allowScrollButtonsMobile
        // Sentence case, as Swedish is written, is also narrower than capitals, and 6 px each side
        // rather than 8: an administrator's pages (Att göra with its count and Inrapportering among
        // them), the two menus and the account button fit one row at 1366 px.
        sx={{ '& .MuiTab-root': { minWidth: 0, px: 0.75, textTransform: 'none' } }}
      >
        {tabs.map((name) => (
          <Tab
            key={name}
            value={name}
            label={name === 'toDo' ? <ToDoNavLabel {...toDo} /> : t(`nav.${name}`)}
            aria-label={name === 'toDo' ? toDoNavName(t, toDo.count) : undefined}
            component={NavLink}
            // Keep the chosen org unit and period when moving between pages.
            to={{ pathname: ROUTES[name], search }}
            aria-current={current === name ? 'page' : undefined}
          />
        ))}
        {groups.map((group) => (
          <Tab
            key={group.name}
            value={group.name}
            label={t(`nav.group.${group.name}`)}
            icon={<ArrowDropDownIcon />}
            iconPosition="end"
            sx={{ minHeight: 48 }}
            aria-haspopup="menu"
            aria-expanded={openGroup?.name === group.name}
            aria-controls={openGroup?.name === group.name ? `navigation-${group.name}` : undefined}
            onClick={(event) => setOpenGroup({ name: group.name, anchor: event.currentTarget })}
          />
        ))}
      </Tabs>
      <Menu
        id={shownGroup ? `navigation-${shownGroup.name}` : undefined}
        anchorEl={openGroup?.anchor}
        open={Boolean(shownGroup)}
        onClose={() => setOpenGroup(null)}
      >
        {shownGroup?.routes.map((name) => (
          <MenuItem
            key={name}
            component={NavLink}
            to={{ pathname: ROUTES[name], search }}
            selected={isAt(name)}
            aria-current={isAt(name) ? 'page' : undefined}
            onClick={() => setOpenGroup(null)}
          >
            {t(`nav.${name}`)}
          </MenuItem>
        ))}
      </Menu>
    </Box>
  );
}
