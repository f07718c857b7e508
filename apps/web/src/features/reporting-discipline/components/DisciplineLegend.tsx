import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { READING_ORDER, STATE_APPEARANCE } from '../discipline-states';

/** What the icons of the table mean, in words. */
export function DisciplineLegend() {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2, rowGap: 0.5 }}>
      <Typography variant="body2" component="span" color="text.secondary">
        {t('discipline.legend')}:
      </Typography>
      {READING_ORDER.map((state) => {
        const { Icon, colour } = STATE_APPEARANCE[state];
        return (
          <Typography
            key={state}
            variant="body2"
            component="span"
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
          >
            <Icon aria-hidden sx={{ fontSize: 16, color: colour }} />
            {t(`discipline.state.${state}`)}
          </Typography>
        );
      })}
    </Box>
  );
}
