import { useMutation } from '@apollo/client/react';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFailureOf, fieldMessage } from '../../../apollo/api-errors';
import type { ApiFailure } from '../../../apollo/api-errors';
import { graphql } from '../../../generated';
import { GOALS_PAGE_QUERIES } from '../goal-plan';
import type { PlannedGoal } from '../goal-plan';
import { GoalDialog } from './GoalDialog';
import { GoalIndicatorsDialog } from './GoalIndicatorsDialog';
import { RetireDialog } from './RetireDialog';

export const GoalPlanMenu_Move = graphql(`
  mutation GoalPlanMenu_Move($input: MoveGoalInput!) {
    moveGoal(input: $input) {
      id
      version
    }
  }
`);

type Dialog = 'edit' | 'indicators' | 'retire';

export interface GoalPlanMenuProps {
  goal: PlannedGoal;
  perspectives: readonly { id: string; name: string }[];
}

/**
 * A planner's actions on one goal: edit it, link indicators, move it up or down within its
 * perspective, retire it. A menu button, so the keyboard reaches every action.
 */
export function GoalPlanMenu({ goal, perspectives }: GoalPlanMenuProps) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [moveFailure, setMoveFailure] = useState<ApiFailure | null>(null);
  const [move] = useMutation(GoalPlanMenu_Move, { refetchQueries: GOALS_PAGE_QUERIES, awaitRefetchQueries: true });
  const menuId = `goal-${goal.id}-plan-menu`;
  const close = () => setDialog(null);

  const choose = (next: Dialog) => {
    setAnchor(null);
    setDialog(next);
  };
  async function moveGoal(direction: 'UP' | 'DOWN') {
    setAnchor(null);
    setMoveFailure(null);
    try {
      await move({ variables: { input: { id: goal.id, expectedVersion: goal.version, direction } } });
    } catch (error) {
      setMoveFailure(apiFailureOf(error));
    }
  }
  const moveMessage = moveFailure && fieldMessage(moveFailure, 'direction');

  return (
    <Box>
      <Button
        size="small"
        variant="outlined"
        startIcon={<MoreVertIcon />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        aria-label={t('goals.plan.menuFor', { goal: goal.title })}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('goals.plan.menu')}
      </Button>
      {anchor && (
        // Kept inside the page's main landmark rather than portalled to the end of the body.
        <Menu id={menuId} anchorEl={anchor} open onClose={() => setAnchor(null)} disablePortal>
          <MenuItem onClick={() => choose('edit')}>{t('goals.plan.edit')}</MenuItem>
          <MenuItem onClick={() => choose('indicators')}>{t('goals.plan.linkIndicators')}</MenuItem>
          <MenuItem onClick={() => void moveGoal('UP')}>{t('goals.plan.moveUp')}</MenuItem>
          <MenuItem onClick={() => void moveGoal('DOWN')}>{t('goals.plan.moveDown')}</MenuItem>
          <MenuItem onClick={() => choose('retire')}>{t('goals.plan.retire')}</MenuItem>
        </Menu>
      )}
      {moveFailure && (
        <Alert severity="info" role="status" onClose={() => setMoveFailure(null)} sx={{ mt: 1 }}>
          {moveMessage
            ? t(`validation.${moveMessage}`, { defaultValue: t('validation.invalid') })
            : t(`apiError.${moveFailure.code}`, { defaultValue: t('conflict.message') })}
        </Alert>
      )}
      {dialog === 'edit' && (
        <GoalDialog goal={{ kind: 'existing', goal }} perspectives={perspectives} onClose={close} onSaved={close} />
      )}
      {dialog === 'indicators' && <GoalIndicatorsDialog goal={goal} onClose={close} onSaved={close} />}
      {dialog === 'retire' && (
        <RetireDialog
          kind="goal"
          id={goal.id}
          version={goal.version}
          title={goal.title}
          onClose={close}
          onSaved={close}
        />
      )}
    </Box>
  );
}
