import { ORG_UNIT_IMPORT_COLUMNS, ORG_UNIT_KIND_WORDS } from '@lagesbild/types';
import type { OrgUnitKind } from '../../generated/graphql';
import type { ExportTable } from '../export/table-export';

/** A unit of the template: the organisation as it stands. */
export interface OrgUnitTemplateRow {
  code: string;
  name: string;
  parentCode: string | null;
  kind: OrgUnitKind;
}

/**
 * The org unit import's template as a table the export writes (CSV or Excel): the layout's
 * headers, pre-filled with today's tree, parents before children, so the file imported as it is
 * changes nothing and an HR export can be pasted into it.
 */
export function orgUnitImportTemplate(title: string, rows: readonly OrgUnitTemplateRow[]): ExportTable {
  return {
    title,
    columns: ORG_UNIT_IMPORT_COLUMNS.map((column) => ({
      header: column.header,
      kind: column.kind,
      width: column.key === 'name' ? 40 : 20,
    })),
    rows: rows.map((row) => [row.code, row.name, row.parentCode ?? '', ORG_UNIT_KIND_WORDS[row.kind], null]),
  };
}
