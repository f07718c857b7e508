import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../../components/StatusChip';
import { ReportTable } from '../ReportTable';
import type { ReportSectionProps } from './section-props';
import { SectionHeading } from './SectionHeading';

/** Each portfolio's narrative of the month, and every yellow or red project with cause and action. */
export function PortfolioSection({ section }: ReportSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      {section.portfolios.length > 0 && (
        <>
          <SectionHeading>{t('reports.portfolioNarratives')}</SectionHeading>
          <ReportTable
            caption={t('reports.portfolioNarratives')}
            rows={section.portfolios}
            rowKey={(portfolio) => portfolio.name}
            columns={[
              { heading: t('reports.portfolio'), cell: (portfolio) => portfolio.name },
              { heading: t('reports.narrative'), cell: (portfolio) => portfolio.narrative ?? '' },
              { heading: t('reports.changes'), cell: (portfolio) => portfolio.changes ?? '' },
            ]}
          />
        </>
      )}
      <SectionHeading>{t('reports.deviatingProjects')}</SectionHeading>
      {section.deviatingProjects.length === 0 ? (
        <Typography color="text.secondary">{t('reports.noDeviatingProjects')}</Typography>
      ) : (
        <ReportTable
          caption={t('reports.deviatingProjects')}
          rows={section.deviatingProjects}
          rowKey={(project) => `${project.portfolioName}-${project.name}`}
          columns={[
            { heading: t('reports.project'), cell: (project) => `${project.name} (${project.portfolioName})` },
            ...(['time', 'cost', 'result'] as const).map((dimension) => ({
              heading: t(`overview.${dimension}`),
              cell: (project: (typeof section.deviatingProjects)[number]) => (
                <StatusChip status={project[dimension]} label={t(`overview.projectStatus.${project[dimension]}`)} />
              ),
            })),
            {
              heading: `${t('reports.cause')} / ${t('reports.action')}`,
              cell: (project) => (
                <>
                  {project.deviations.map((deviation) => (
                    <div key={deviation.dimension}>
                      <strong>{t(`overview.${deviation.dimension.toLowerCase() as 'time'}`)}:</strong>{' '}
                      {t('reports.cause')}: {deviation.cause}. {t('reports.action')}: {deviation.action}.
                    </div>
                  ))}
                </>
              ),
            },
            { heading: t('reports.reportDate'), cell: (project) => project.reportDate },
          ]}
        />
      )}
    </>
  );
}
