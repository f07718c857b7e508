import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import { emptyIndicatorForm, formOfIndicator } from '../indicator-form';
import { IndicatorForm } from './IndicatorForm';
import type { IndicatorFormOptions } from './IndicatorForm';

export const IndicatorDialog_indicator = graphql(`
  fragment IndicatorDialog_indicator on Indicator {
    id
    ...IndicatorForm_definition @unmask
    hasValues
    version
  }
`);

export interface IndicatorDialogProps extends IndicatorFormOptions {
  /** The indicator to change; null to create one in `orgUnitId`. */
  indicator: FragmentType<typeof IndicatorDialog_indicator> | null;
  orgUnitId: string;
  onClose: () => void;
}

/** Creates an indicator in the library or changes one. */
export function IndicatorDialog({ indicator, orgUnitId, ...options }: IndicatorDialogProps) {
  return indicator ? (
    <EditIndicatorDialog indicatorRef={indicator} {...options} />
  ) : (
    <IndicatorForm initial={emptyIndicatorForm(orgUnitId)} existing={null} {...options} />
  );
}

function EditIndicatorDialog({
  indicatorRef,
  ...options
}: IndicatorFormOptions & { indicatorRef: FragmentType<typeof IndicatorDialog_indicator>; onClose: () => void }) {
  const { i18n } = useTranslation();
  const { data, complete } = useFragment({
    fragment: IndicatorDialog_indicator,
    fragmentName: 'IndicatorDialog_indicator',
    from: indicatorRef,
  });
  if (!complete) return null;
  return (
    <IndicatorForm
      initial={formOfIndicator(data, i18n.language)}
      existing={{ id: data.id, name: data.name, version: data.version, hasValues: data.hasValues }}
      {...options}
    />
  );
}
