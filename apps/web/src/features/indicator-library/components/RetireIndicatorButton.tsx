import { useMutation } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFailureOf } from '../../../apollo/api-errors';
import type { ApiFailure } from '../../../apollo/api-errors';
import { graphql } from '../../../generated';

export const RetireIndicatorButton_SetRetired = graphql(`
  mutation RetireIndicatorButton_SetRetired($input: SetIndicatorRetiredInput!) {
    setIndicatorRetired(input: $input) {
      id
      retiredAt
      version
    }
  }
`);

export interface RetireIndicatorButtonProps {
  indicator: { id: string; name: string; version: number; retiredAt?: string | null };
}

/** Retires an indicator (no new values, history kept) or reinstates it; a refusal is said beside the button. */
export function RetireIndicatorButton({ indicator }: RetireIndicatorButtonProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [setRetired, { loading }] = useMutation(RetireIndicatorButton_SetRetired, {
    refetchQueries: ['IndicatorLibrary_Query'],
  });
  const retired = Boolean(indicator.retiredAt);
  const label = t(retired ? 'indicatorLibrary.reinstateLabel' : 'indicatorLibrary.retireLabel', {
    name: indicator.name,
  });
  const failureText = failure
    ? failure.code === 'CONFLICT'
      ? t('conflict.message')
      : t(`apiError.${failure.code}`, { defaultValue: t('state.error') })
    : '';

  async function toggle() {
    try {
      setFailure(null);
      await setRetired({
        variables: { input: { id: indicator.id, expectedVersion: indicator.version, retired: !retired } },
      });
    } catch (error) {
      setFailure(apiFailureOf(error));
    }
  }

  return (
    <Stack>
      <Button size="small" disabled={loading} onClick={() => void toggle()} aria-label={label}>
        {t(retired ? 'indicatorLibrary.reinstate' : 'indicatorLibrary.retire')}
      </Button>
      {failure && (
        <Typography role="alert" variant="caption" color="error">
          {failureText}
        </Typography>
      )}
    </Stack>
  );
}
