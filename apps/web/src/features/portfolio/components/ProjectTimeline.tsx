import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { STATUS_APPEARANCE } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import type { TimelineRow } from '../timeline-rows';

export interface ProjectTimelineProps {
  rows: readonly TimelineRow[];
  /** ISO date the board is viewed at: open-ended projects run to here at least. */
  asOf: string;
  /** Says what the drawing shows, for screen readers; the table tab holds the same facts. */
  description: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const LABEL_WIDTH = { xs: '100%', md: 280 };

/**
 * Projects as bars from start to end on one time axis, coloured by their overall status
 * and named with it in words; paused spans striped, an open end fading out.
 */
export function ProjectTimeline({ rows, asOf, description }: ProjectTimelineProps) {
  const { t } = useTranslation();
  const dates = rows.flatMap((row) => [row.start, row.end ?? asOf, ...row.pauses.map((pause) => pause.to ?? asOf)]);
  const first = Date.UTC(Number([...dates].sort()[0]!.slice(0, 4)), 0, 1);
  const last = Date.UTC(Number([...dates, asOf].sort().at(-1)!.slice(0, 4)) + 1, 0, 1);
  const position = (date: string) => ((Date.parse(date) - first) / (last - first)) * 100;
  const years = Array.from(
    { length: Math.round((last - first) / (365.25 * DAY_MS)) },
    (_, index) => new Date(first).getUTCFullYear() + index,
  );

  return (
    <Box component="figure" role="img" aria-label={description} sx={{ m: 0 }}>
      <Box sx={{ display: 'flex', ml: { md: `${LABEL_WIDTH.md}px` } }} aria-hidden>
        {years.map((year) => (
          <Typography key={year} variant="caption" sx={{ flex: 1, borderLeft: 1, borderColor: 'divider', pl: 0.5 }}>
            {year}
          </Typography>
        ))}
      </Box>
      {rows.map((row) => {
        const appearance = STATUS_APPEARANCE[row.colour];
        const end = row.end ?? asOf;
        return (
          <Box
            key={row.id}
            sx={{ display: 'flex', flexWrap: { xs: 'wrap', md: 'nowrap' }, alignItems: 'center', py: 0.5 }}
          >
            <Box sx={{ width: LABEL_WIDTH, pr: 1, minWidth: 0 }}>
              <Typography variant="body2" noWrap title={row.name}>
                {row.name}
              </Typography>
              <Typography variant="caption" component="p" sx={{ color: appearance.colour, fontWeight: 600 }}>
                {t(`overview.projectStatus.${row.colour}`)}
              </Typography>
            </Box>
            <Box
              sx={{
                position: 'relative',
                flex: { xs: '1 1 100%', md: 1 },
                minWidth: 0,
                height: 18,
                bgcolor: 'grey.100',
              }}
            >
              <Box
                sx={{
                  position: 'absolute',
                  top: 2,
                  bottom: 2,
                  left: `${position(row.start)}%`,
                  width: `${Math.max(position(end) - position(row.start), 0.5)}%`,
                  bgcolor: appearance.colour,
                  borderRadius: 0.5,
                  ...(row.end
                    ? {}
                    : { maskImage: 'linear-gradient(to right, black 70%, transparent)', borderRadius: '4px 0 0 4px' }),
                }}
              />
              {row.pauses.map((pause) => (
                <Box
                  key={pause.from}
                  sx={{
                    position: 'absolute',
                    top: 0,
                    bottom: 0,
                    left: `${position(pause.from)}%`,
                    width: `${Math.max(position(pause.to ?? asOf) - position(pause.from), 0.5)}%`,
                    border: 1,
                    borderColor: 'grey.700',
                    background: 'repeating-linear-gradient(135deg, #fff 0 4px, #9e9e9e 4px 7px)',
                  }}
                />
              ))}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
