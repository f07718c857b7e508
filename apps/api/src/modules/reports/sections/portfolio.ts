import { overallColour, toIsoDate } from '@lagesbild/types';
import type { ReportProjectRow } from '@lagesbild/types';
import { ENDED_STATES, listPortfoliosOfUnitTree } from '../../portfolio';
import {
  CHAPTER_TITLES,
  COLUMN_HEADINGS,
  DIMENSION_WORDS,
  DOCUMENT_WORDS,
  PROJECT_STATE_WORDS,
  RAG_WORDS,
} from '../report-labels';
import type { ReportScope, SectionKind } from './section-kind';

/** Source 000 chapter 5: each portfolio's narrative of the month and every yellow or red project with cause and action. */
export const portfolioSection: SectionKind = {
  async compile(scope) {
    const portfolio = await compilePortfolio(scope);
    return () => portfolio;
  },
  layout(builder, sections) {
    for (const section of sections) {
      builder.chapter(section.title);
      builder.section(CHAPTER_TITLES.portfolioStatus);
      builder.markdown(section.analysisText);
      for (const row of section.portfolios) {
        builder.label(row.name);
        if (row.narrative) builder.markdown(row.narrative);
        if (row.changes) builder.markdown(`**${DOCUMENT_WORDS.portfolioChanges}:** ${row.changes}`);
      }
      builder.section(DOCUMENT_WORDS.deviatingProjects);
      if (section.deviatingProjects.length === 0) builder.markdown(DOCUMENT_WORDS.noDeviatingProjects);
      for (const project of section.deviatingProjects) {
        builder.label(project.name);
        const colours = (['TIME', 'COST', 'RESULT'] as const)
          .map((dimension) => {
            const status = project[dimension.toLowerCase() as 'time' | 'cost' | 'result'];
            return `${DIMENSION_WORDS[dimension]} ${RAG_WORDS[status].toLowerCase()}`;
          })
          .join(', ');
        builder.markdown(
          `${project.portfolioName} · ${PROJECT_STATE_WORDS[project.state]} · ` +
            `${DOCUMENT_WORDS.reportDate} ${project.reportDate} · ${colours}`,
        );
        builder.table({
          caption: project.name,
          showCaption: false,
          columns: [
            { heading: COLUMN_HEADINGS.dimension, align: 'left', width: 1.2 },
            { heading: COLUMN_HEADINGS.status, align: 'left', width: 1 },
            { heading: DOCUMENT_WORDS.cause, align: 'left', width: 3.4 },
            { heading: DOCUMENT_WORDS.action, align: 'left', width: 3.4 },
          ],
          rows: project.deviations.map((deviation) => ({
            cells: [
              { text: DIMENSION_WORDS[deviation.dimension] },
              { text: RAG_WORDS[deviation.status], status: deviation.status },
              { text: deviation.cause },
              { text: deviation.action },
            ],
          })),
        });
      }
      builder.charts(section.charts);
    }
  },
};

/**
 * Each portfolio's narrative of the month and every project yellow or red in its latest status
 * update by the month's end, placed and stated as it stood then (a project moved or closed later
 * shows as it was).
 */
async function compilePortfolio({ sources: { prisma, loaders, orgTree }, unit, period }: ReportScope) {
  const portfolioList = await listPortfoliosOfUnitTree(prisma, orgTree, unit.code);
  const perPortfolio = await Promise.all(
    portfolioList.map(async (portfolio) => {
      const [status, projects] = await Promise.all([
        loaders.portfolioPeriodStatusUpTo.load({ id: portfolio.id, ...period }),
        // The projects that belonged to the portfolio at the month's end, as they stood then.
        loaders.projectsOfPortfolioAsOf.load({ id: portfolio.id, ...period }),
      ]);
      const deviating = await Promise.all(
        projects.map(async (project): Promise<ReportProjectRow | null> => {
          const [[latest], asOf] = await Promise.all([
            loaders.statusUpdatesOfProjectUpTo.load({ id: project.id, ...period }),
            loaders.projectAsOf.load({ id: project.id, ...period }),
          ]);
          // A project ended by the month's end deviates no more, whatever its last status update said.
          if (!latest || overallColour(latest) === 'GREEN' || (asOf && ENDED_STATES.includes(asOf.state))) return null;
          const deviations = await loaders.deviationsOfStatusUpdate.load(latest.id);
          const colourOf = { TIME: latest.time, COST: latest.cost, RESULT: latest.result } as const;
          return {
            portfolioName: portfolio.name,
            name: project.name,
            state: asOf?.state ?? project.state,
            time: latest.time,
            cost: latest.cost,
            result: latest.result,
            reportDate: toIsoDate(latest.statusDate),
            deviations: deviations
              .filter((deviation) => colourOf[deviation.dimension] !== 'GREEN')
              .map((deviation) => ({
                dimension: deviation.dimension,
                status: colourOf[deviation.dimension],
                cause: deviation.cause,
                action: deviation.action,
              })),
          };
        }),
      );
      return {
        portfolio: { name: portfolio.name, narrative: status?.narrative ?? null, changes: status?.changes ?? null },
        deviating: deviating.filter((row): row is ReportProjectRow => row !== null),
      };
    }),
  );
  return {
    portfolios: perPortfolio.map(({ portfolio }) => portfolio),
    deviatingProjects: perPortfolio.flatMap(({ deviating }) => deviating),
  };
}
