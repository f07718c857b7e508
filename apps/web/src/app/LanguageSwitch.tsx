import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, rememberLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/i18n';

interface LanguageSwitchProps {
  /** White on the app bar's colour; otherwise the page's own colours (sign-in, first run). */
  onAppBar?: boolean;
}

/** Svenska or English, remembered in this browser; on every page, the sign-in page included. */
export function LanguageSwitch({ onAppBar = false }: LanguageSwitchProps) {
  const { t, i18n } = useTranslation();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      aria-label={t('app.language')}
      value={i18n.language}
      onChange={(_event, language: Language | null) => {
        if (!language) return;
        rememberLanguage(language);
        void i18n.changeLanguage(language);
        document.documentElement.lang = language;
      }}
      sx={
        onAppBar
          ? {
              '& .MuiToggleButton-root': { color: 'inherit', borderColor: 'rgba(255,255,255,0.6)' },
              '& .MuiToggleButton-root.Mui-selected': { color: 'primary.main', backgroundColor: 'common.white' },
              '& .MuiToggleButton-root.Mui-selected:hover': { backgroundColor: 'grey.100' },
            }
          : undefined
      }
    >
      {LANGUAGES.map((language) => (
        <ToggleButton
          key={language}
          value={language}
          lang={language}
          aria-label={language === 'sv' ? 'Svenska' : 'English'}
        >
          {language.toUpperCase()}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
