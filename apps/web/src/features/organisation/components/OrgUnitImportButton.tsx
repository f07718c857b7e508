import type { FragmentType } from '@apollo/client';
import { useApolloClient, useFragment } from '@apollo/client/react';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import { ValueImportDialog } from '../../value-import/components/ValueImportDialog';
import { orgUnitImportTemplate } from '../../value-import/org-unit-import-template';
import { ORG_TREE_QUERIES } from '../org-unit-row';

export const OrgUnitImportButton_orgUnit = graphql(`
  fragment OrgUnitImportButton_orgUnit on OrgUnit {
    id
    code
    name
    kind
    isClosed
    parent {
      id
      code
    }
  }
`);

export interface OrgUnitImportButtonProps {
  /** Every unit, parents before children: the template's rows. */
  orgUnits: readonly FragmentType<typeof OrgUnitImportButton_orgUnit>[];
}

/**
 * "Importera" on Organisation: the organisation from a CSV or Excel file (an HR system's
 * export), through the same upload, preview and commit as the import of values.
 */
export function OrgUnitImportButton({ orgUnits }: OrgUnitImportButtonProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const { data, complete } = useFragment({
    fragment: OrgUnitImportButton_orgUnit,
    fragmentName: 'OrgUnitImportButton_orgUnit',
    from: [...orgUnits],
  });
  // Closed units are history: a file of today's organisation leaves them out.
  const templateRows = (complete ? data : [])
    .filter((unit) => !unit.isClosed)
    .map((unit) => ({ code: unit.code, name: unit.name, parentCode: unit.parent?.code ?? null, kind: unit.kind }));
  return (
    <>
      <Button variant="outlined" startIcon={<UploadFileIcon aria-hidden />} onClick={() => setOpen(true)}>
        {t('orgUnitImport.open')}
      </Button>
      {open && (
        <ValueImportDialog
          kind="ORG_UNITS"
          template={() => orgUnitImportTemplate(t('orgUnitImport.templateTitle'), templateRows)}
          onClose={() => setOpen(false)}
          // The page's tree and the organisation picker show the new units, as after a create.
          onCommitted={() => void client.refetchQueries({ include: ORG_TREE_QUERIES })}
        />
      )}
    </>
  );
}
