import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import { formOfIndicator } from '../indicator-form';
import type { IndicatorFormValues } from '../indicator-form';

export const AlsoMeasuredBy_Query = graphql(`
  query AlsoMeasuredBy_Query($code: String!) {
    indicatorsByCode(code: $code) {
      id
      ...IndicatorForm_definition @unmask
      orgUnit {
        id
        name
      }
    }
  }
`);

export interface AlsoMeasuredByProps {
  code: string;
  /** The unit the new indicator is for: its own indicators are not "other units". */
  orgUnitId: string;
  onUse: (definition: IndicatorFormValues) => void;
}

/** A new indicator's code already measured elsewhere: the same definition, offered to copy, so units compare. */
export function AlsoMeasuredBy({ code, orgUnitId, onUse }: AlsoMeasuredByProps) {
  const { t, i18n } = useTranslation();
  const typed = useDeferredValue(code.trim());
  const { data } = useQuery(AlsoMeasuredBy_Query, { variables: { code: typed }, skip: typed.length < 2 });
  const others = (data?.indicatorsByCode ?? []).filter((indicator) => indicator.orgUnit.id !== orgUnitId);
  if (typed.length < 2 || others.length === 0) return null;
  return (
    <Alert severity="info" role="status">
      {t('indicatorLibrary.alsoMeasuredBy', { units: others.map((other) => other.orgUnit.name).join(', ') })}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mt: 1 }}>
        {others.map((other) => (
          <Button
            key={other.id}
            size="small"
            variant="outlined"
            onClick={() => onUse(formOfIndicator(other, i18n.language))}
          >
            {t('indicatorLibrary.useDefinitionOf', { unit: other.orgUnit.name })}
          </Button>
        ))}
      </Stack>
    </Alert>
  );
}
