import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Generates every type from the committed contract, schema.graphql (which
 * codegen-schema.ts merges from the modules' SDL first):
 * - the schema's types for the shared vocabulary (src/generated/schema-types.ts);
 * - the server's resolver types, mapping GraphQL types to Prisma rows;
 * - the web app's operation types (client preset), from schema.graphql, never a live server;
 * - the API tests' operation types (client preset too), so a test's query is checked against
 *   the same contract as the web's and its result type is never written by hand.
 */
const scalars = { ID: { input: 'string', output: 'string | number' } };
/** Clients see IDs as strings, whatever the resolver returned. */
const clientConfig = { enumsAsTypes: true, scalars: { ID: 'string' }, useTypeImports: true };

const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema.graphql',
  // The web app may have no operations yet; its preset then generates only the schema's types.
  ignoreNoDocuments: true,
  generates: {
    'src/generated/schema-types.ts': {
      plugins: ['typescript'],
      config: { enumsAsTypes: true, scalars, avoidOptionals: false },
    },
    '../../apps/api/src/generated/resolver-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        enumsAsTypes: true,
        scalars,
        useTypeImports: true,
        contextType: '../context#RequestContext',
        mapperTypeSuffix: 'Row',
        mappers: {
          OrgUnit: '@lagesbild/db#OrgUnitModel',
          OrgUnitVersion: '@lagesbild/db#OrgUnitVersionModel',
          Perspective: '../modules/perspectives/perspective-service#PerspectiveOfYear',
          Goal: '@lagesbild/db#GoalModel',
          GoalAssessment: '@lagesbild/db#GoalAssessmentModel',
          Activity: '@lagesbild/db#ActivityModel',
          ActivityUpdate: '@lagesbild/db#ActivityUpdateModel',
          Assignment: '@lagesbild/db#AssignmentModel',
          AssignmentUpdate: '@lagesbild/db#AssignmentUpdateModel',
          AuditReport: '@lagesbild/db#AuditReportModel',
          AuditRecommendation: '@lagesbild/db#AuditRecommendationModel',
          AuditActionUpdate: '@lagesbild/db#AuditActionUpdateModel',
          Indicator: '@lagesbild/db#IndicatorModel',
          IndicatorThresholdSet: '@lagesbild/db#IndicatorThresholdSetModel',
          IndicatorValue: '@lagesbild/db#IndicatorValueModel',
          RoleAssignment: '@lagesbild/db#RoleAssignmentModel',
          Risk: '@lagesbild/db#RiskModel',
          RiskCategory: '@lagesbild/db#RiskCategoryModel',
          RiskValuation: '@lagesbild/db#RiskValuationModel',
          Mitigation: '@lagesbild/db#MitigationModel',
          InternalControl: '@lagesbild/db#InternalControlModel',
          ControlResult: '@lagesbild/db#ControlResultModel',
          Viewer: '../modules/access/session-service#SignedInUser',
          User: '../modules/access/user-admin-service#UserWithRoles',
          Author: '@lagesbild/db#UserModel',
          AuditEvent: '@lagesbild/db#AuditEventModel',
          DemoAccount: '@lagesbild/db#DemoUser',
          SeriesPoint: '../modules/indicators/series#SeriesPointRow',
          Economy: '../modules/economy/economy-service#EconomyRow',
          Overview: '../modules/overview/overview-service#OverviewRow',
          Attention: '../modules/overview/attention-service#AttentionRow',
          AttentionIndicator: '../modules/overview/attention-service#AttentionIndicatorRow',
          OverdueAssignment: '../modules/assignments/overdue-service#OverdueAssignmentRow',
          OverdueAuditAction: '../modules/assignments/overdue-service#OverdueAuditActionRow',
          PerspectiveSummary: '../modules/overview/overview-service#PerspectiveSummaryRow',
          ProjectSummary: '../modules/overview/overview-service#ProjectSummaryRow',
          RiskSummary: '../modules/risks/risk-service#RiskSummaryRow',
          StatusChange: '../modules/overview/overview-service#StatusChangeRow',
          KeyIndicator: '../modules/overview/overview-service#KeyIndicatorRow',
          KeyIndicatorFigures: '../modules/overview/key-indicator-rollup#KeyFiguresRow',
          KeyIndicatorUnitFigure: '../modules/overview/key-indicator-rollup#KeyUnitFigureRow',
          FinancialLine: '../modules/economy/economy-service#FinancialLineRow',
          BusinessAreaResult: '../modules/economy/economy-service#BusinessAreaResultRow',
          Portfolio: '@lagesbild/db#PortfolioModel',
          PortfolioPeriodStatus: '@lagesbild/db#PortfolioPeriodStatusModel',
          Project: '@lagesbild/db#ProjectModel',
          ProjectStatus: '../modules/portfolio/project-status#ProjectStatusRow',
          OverdueAction: '../modules/portfolio/portfolio-summary#OverdueActionRow',
          ProjectStatusUpdate: '@lagesbild/db#ProjectStatusUpdateModel',
          StatusDeviation: '@lagesbild/db#StatusDeviationModel',
          ProjectStateChange: '@lagesbild/db#ProjectStateChangeModel',
          ProjectMove: '@lagesbild/db#ProjectMoveModel',
          ForecastRound: '@lagesbild/db#ForecastRoundModel',
          ReportingCalendar: '../modules/reporting-calendar/reporting-calendar-service#ReportingCalendarRow',
          ReportingPeriod: '../modules/reporting-calendar/reporting-calendar-service#ReportingPeriodRow',
          ReportingLevelDeadline: '@lagesbild/db#ReportingLevelDeadlineModel',
          ReminderSettings: '../modules/reminders/reminders-service#ReminderSettingsRow',
          ReminderMail: '../modules/reminders/reminders-service#ReminderMailRow',
          ToDoItem: '../modules/to-do/to-do-service#ToDoItemRow',
          RoundForecast: '../modules/forecasts/forecast-round-service#RoundForecastRow',
          YearEndProjection: '../modules/forecasts/projection-service#YearEndProjectionRow',
          ForecastAccuracy: '../modules/forecasts/forecast-accuracy-service#ForecastAccuracyRow',
          RoundAccuracy: '../modules/forecasts/forecast-accuracy-service#RoundAccuracyRow',
          UnitAccuracy: '../modules/forecasts/forecast-accuracy-service#UnitAccuracyRow',
          IndicatorForecastAccuracy: '../modules/forecasts/forecast-accuracy#IndicatorAccuracyRow',
          ForecastError: '../modules/forecasts/forecast-accuracy#ForecastErrorRow',
          ReportingDiscipline: '../modules/reporting-discipline/reporting-discipline-service#ReportingDisciplineRow',
          DisciplineCounts: '../modules/reporting-discipline/discipline#DisciplineCountsRow',
          DisciplinePeriod: '../modules/reporting-discipline/reporting-discipline-service#DisciplinePeriodRow',
          DisciplineCell: '../modules/reporting-discipline/reporting-discipline-service#DisciplineCellRow',
          UnitDiscipline: '../modules/reporting-discipline/reporting-discipline-service#UnitDisciplineRow',
          OwnerDiscipline: '../modules/reporting-discipline/reporting-discipline-service#OwnerDisciplineRow',
          MissingObligation: '../modules/reporting-discipline/reporting-discipline-service#MissingObligationRow',
          DataEntrySheet: '../modules/data-entry/data-entry-service#DataEntrySheetRow',
          DataEntryIndicatorRow: '../modules/data-entry/data-entry-service#DataEntryIndicatorRowRow',
          DataEntryGoalRow: '../modules/data-entry/data-entry-service#DataEntryGoalRowRow',
          DataEntryActivityRow: '../modules/data-entry/data-entry-service#DataEntryActivityRowRow',
          TargetSheet: '../modules/targets/target-sheet-service#TargetSheetRow',
          TargetRow: '../modules/targets/target-sheet-service#TargetRowRow',
          ValueImport: '@lagesbild/db#ValueImportModel',
          ValueImportRow: '@lagesbild/db#ValueImportRowModel',
          Plan: '@lagesbild/db#PlanModel',
          PlanRevision: '../modules/planning/plan-service#PlanRevisionRow',
          PlanOfYear: '../modules/planning/plan-service#PlanOfYearRow',
          RollOverPreview: '../modules/planning/roll-over-service#RollOverPreviewRow',
          RollOverGoal: '../modules/planning/roll-over-service#RollOverGoalRow',
          Report: '@lagesbild/db#ReportModel',
          ReportComment: '@lagesbild/db#ReportCommentModel',
          ReportContent: '@lagesbild/types#ReportContent',
          ReportComparison: '../modules/reports/report-comparison#ReportComparisonRow',
          ProjectLineageLink: '../modules/portfolio/project-lineage-service#ProjectLineageLinkRow',
        },
      },
    },
    '../../apps/web/src/generated/': {
      documents: ['../../apps/web/src/**/*.{ts,tsx}', '!../../apps/web/src/generated/**'],
      preset: 'client',
      // Apollo Client's data masking (dataMasking: true) hides each fragment's fields from the
      // operation that spreads it, at run time; the preset's own masking is only a type and its
      // useFragment would read fields Apollo has removed, so it stays off. The operation types are
      // masked the same way (a spread is a fragment reference), and `@unmask` is understood.
      presetConfig: { fragmentMasking: false },
      config: { ...clientConfig, inlineFragmentTypes: 'mask', customDirectives: { apolloUnmask: true } },
    },
    '../../apps/api/src/testing/generated/': {
      documents: [
        '../../apps/api/src/**/*.test.ts',
        '../../apps/api/src/testing/**/*.ts',
        '!../../apps/api/src/testing/generated/**',
      ],
      preset: 'client',
      // A test asserts on the whole result it asked for, so there is nothing to mask.
      presetConfig: { fragmentMasking: false },
      config: clientConfig,
    },
  },
};

export default config;
