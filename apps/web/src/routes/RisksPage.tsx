import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Route, Routes, useLocation } from 'react-router';
import { ROUTES } from '../app/routes';
import { ControlFollowUp } from '../features/risks/components/ControlFollowUp';
import { RiskRegister } from '../features/risks/components/RiskRegister';

/** The internal control plan's follow-up, under the risks: /risker/internkontroll. */
const INTERNAL_CONTROL_PATH = 'internkontroll';

/** Risker: the register with its heat map, and the internal control plan's follow-up, as two tabs. */
export function RisksPage() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const controlPath = `${ROUTES.risks}/${INTERNAL_CONTROL_PATH}`;
  const tab = pathname.startsWith(controlPath) ? 'controls' : 'register';
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('risks.title')}
      </Typography>
      <Tabs value={tab} sx={{ mb: 2 }} aria-label={t('risks.title')}>
        <Tab
          value="register"
          label={t('risks.register')}
          component={RouterLink}
          to={{ pathname: ROUTES.risks, search }}
        />
        <Tab
          value="controls"
          label={t('controls.title')}
          component={RouterLink}
          to={{ pathname: controlPath, search }}
        />
      </Tabs>
      <Routes>
        <Route index element={<RiskRegister />} />
        <Route path={INTERNAL_CONTROL_PATH} element={<ControlFollowUp />} />
      </Routes>
    </>
  );
}
