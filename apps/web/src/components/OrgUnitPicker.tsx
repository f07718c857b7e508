import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Popover from '@mui/material/Popover';
import TextField from '@mui/material/TextField';
import CircularProgress from '@mui/material/CircularProgress';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ancestorsOf } from '@lagesbild/types';

const loadTree = () => import('./OrgUnitTree');
// The tree view's code waits until someone reaches for the picker (see OrgUnitTree.tsx).
const OrgUnitTree = lazy(() => loadTree().then((module) => ({ default: module.OrgUnitTree })));
const preloadTree = () => void loadTree().catch(() => undefined);

export interface OrgUnitOption {
  code: string;
  name: string;
  parent?: { code: string } | null;
}

export interface OrgUnitPickerProps {
  /** In tree order: parents before children. */
  orgUnits: readonly OrgUnitOption[];
  value: string;
  onChange: (code: string) => void;
}

/** A unit as the tree view takes it: its code as id, its children nested. */
export interface OrgUnitTreeItem {
  id: string;
  label: string;
  children: OrgUnitTreeItem[];
}

/**
 * Nests the units under their parents. A unit whose parent the user may not see (a
 * business area of someone who reads only that area) becomes a root of its own.
 */
export function toOrgUnitTree(orgUnits: readonly OrgUnitOption[]): OrgUnitTreeItem[] {
  const items = new Map(
    orgUnits.map((unit): [string, OrgUnitTreeItem] => [unit.code, { id: unit.code, label: unit.name, children: [] }]),
  );
  const roots: OrgUnitTreeItem[] = [];
  for (const unit of orgUnits) {
    const item = items.get(unit.code)!;
    const parent = unit.parent ? items.get(unit.parent.code) : undefined;
    if (parent) parent.children.push(item);
    else roots.push(item);
  }
  return roots;
}

/** The codes of a unit's ancestors, so the tree opens with the chosen unit in view. */
function ancestorCodesOf(orgUnits: readonly OrgUnitOption[], code: string): string[] {
  return ancestorsOf(new Map(orgUnits.map((unit) => [unit.code, unit.parent?.code])), code);
}

/**
 * The org unit being viewed, chosen from the organisation tree: a button naming the unit
 * opens the tree, open down to the unit and one level below it. A parent unit's views gather its
 * children's figures, so any level can be chosen.
 */
export function OrgUnitPicker({ orgUnits, value, onChange }: OrgUnitPickerProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const tree = useMemo(() => toOrgUnitTree(orgUnits), [orgUnits]);
  const chosen = orgUnits.find((unit) => unit.code === value);
  const roots = tree.map((root) => root.id);
  return (
    <>
      {/* Looks like the other pickers' fields; opens the tree on click, Enter, Space or Arrow down. */}
      <TextField
        size="small"
        label={t('pickers.orgUnit')}
        value={chosen?.name ?? ''}
        placeholder={t('pickers.chooseOrgUnit')}
        onClick={(event) => setAnchor(event.currentTarget)}
        onFocus={preloadTree}
        onPointerEnter={preloadTree}
        onKeyDown={(event) => {
          if (['Enter', ' ', 'ArrowDown'].includes(event.key)) {
            event.preventDefault();
            setAnchor(event.currentTarget);
          }
        }}
        slotProps={{
          input: { readOnly: true, endAdornment: <ArrowDropDownIcon color="action" />, sx: { cursor: 'pointer' } },
          // A combobox whose popup is a tree: the role that allows aria-expanded on a text field.
          htmlInput: {
            role: 'combobox',
            'aria-haspopup': 'tree',
            'aria-expanded': anchor != null,
            style: { cursor: 'pointer' },
          },
        }}
        sx={{ minWidth: 260 }}
      />
      <Popover
        open={anchor != null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        slotProps={{ paper: { sx: { p: 1, minWidth: 300, maxWidth: 'calc(100vw - 32px)', maxHeight: 480 } } }}
      >
        <span id={labelId} hidden>
          {t('pickers.orgUnit')}
        </span>
        <Suspense fallback={<CircularProgress size={24} sx={{ m: 1 }} aria-label={t('state.loading')} />}>
          <OrgUnitTree
            labelId={labelId}
            tree={tree}
            selected={chosen ? value : null}
            expanded={[...new Set([...roots, ...ancestorCodesOf(orgUnits, value), value])]}
            onChoose={(code) => {
              onChange(code);
              setAnchor(null);
            }}
          />
        </Suspense>
      </Popover>
    </>
  );
}
