import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '../../apollo/api-errors';

/**
 * The translated reasons the API gave for one field: the perspectives' own messages first
 * (a removal can be refused for several reasons at once), then the shared ones.
 */
export function usePerspectiveErrorText(failure: ApiFailure | null): (field: string) => string | undefined {
  const { t } = useTranslation();
  return (field) => {
    const messages = (failure?.fieldErrors ?? [])
      .filter((error) => error.field === field || error.field.endsWith(`.${field}`))
      .map((error) =>
        t(`perspectives.validation.${error.message}`, {
          defaultValue: t(`validation.${error.message}`, { defaultValue: t('validation.invalid') }),
        }),
      );
    return messages.length > 0 ? messages.join(' ') : undefined;
  };
}
