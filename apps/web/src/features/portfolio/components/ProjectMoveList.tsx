import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../../generated';

export const ProjectMoveList_move = graphql(`
  fragment ProjectMoveList_move on ProjectMove {
    id
    movedOn
    reason
    fromPortfolio {
      id
      name
    }
    toPortfolio {
      id
      name
    }
    author {
      id
      name
    }
  }
`);

export interface ProjectMoveListProps {
  /** Oldest first, as the API gives them; shown newest first. */
  moves: readonly FragmentType<typeof ProjectMoveList_move>[];
}

/** A project's moves between portfolios with their dates and reasons, newest first. */
export function ProjectMoveList({ moves: moveRefs }: ProjectMoveListProps) {
  const { data, complete } = useFragment({
    fragment: ProjectMoveList_move,
    fragmentName: 'ProjectMoveList_move',
    from: [...moveRefs],
  });
  const moves = complete ? data : [];
  const { t } = useTranslation();
  if (moves.length === 0) return <Typography color="text.secondary">{t('project.noMoves')}</Typography>;
  return (
    <List dense disablePadding>
      {[...moves].reverse().map((move) => {
        const reason = move.reason || null;
        const secondary = [reason, move.author && `(${move.author.name})`].filter(Boolean).join(' ');
        return (
          <ListItem key={move.id} disableGutters>
            <ListItemText
              primary={t('project.move', {
                date: move.movedOn,
                from: move.fromPortfolio.name,
                to: move.toPortfolio.name,
              })}
              secondary={secondary || null}
            />
          </ListItem>
        );
      })}
    </List>
  );
}
