import { RichTreeView } from '@mui/x-tree-view/RichTreeView';
import type { OrgUnitTreeItem } from './OrgUnitPicker';

export interface OrgUnitTreeProps {
  labelId: string;
  tree: OrgUnitTreeItem[];
  selected: string | null;
  expanded: string[];
  onChoose: (code: string) => void;
}

/**
 * OrgUnitPicker's tree, MUI X's tree view (about 20 KB gzipped): a chunk of its own, loaded when
 * the picker is first pointed at, focused or opened, not with the page.
 */
export function OrgUnitTree({ labelId, tree, selected, expanded, onChoose }: OrgUnitTreeProps) {
  return (
    <RichTreeView
      aria-labelledby={labelId}
      items={tree}
      selectedItems={selected}
      defaultExpandedItems={expanded}
      expansionTrigger="iconContainer"
      onSelectedItemsChange={(_event, code) => {
        if (typeof code === 'string') onChoose(code);
      }}
    />
  );
}
