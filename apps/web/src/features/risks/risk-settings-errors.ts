import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '../../apollo/api-errors';

/**
 * The translated reasons the API gave for one field of the risk settings: their own messages
 * first, then the shared ones. `values` fill in a message's blanks (the scale's largest value).
 */
export function useRiskSettingsErrorText(
  failure: ApiFailure | null,
  values: Record<string, unknown> = {},
): (field: string) => string | undefined {
  const { t } = useTranslation();
  return (field) => {
    const messages = (failure?.fieldErrors ?? [])
      .filter((error) => error.field === field || error.field.endsWith(`.${field}`))
      .map((error) =>
        t(`riskSettings.validation.${error.message}`, {
          ...values,
          defaultValue: t(`validation.${error.message}`, { defaultValue: t('validation.invalid') }),
        }),
      );
    return messages.length > 0 ? messages.join(' ') : undefined;
  };
}
