/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query AppShell_Query {\n    orgUnits {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n      }\n      latestReportMonth {\n        year\n        month\n      }\n    }\n    latestReportMonth {\n      year\n      month\n    }\n  }\n': typeof types.AppShell_QueryDocument;
  '\n  query RequireSignIn_Query {\n    viewer {\n      id\n      name\n      isAdministrator\n      roles {\n        role\n      }\n    }\n  }\n': typeof types.RequireSignIn_QueryDocument;
  '\n  fragment AssignmentsExport_assignment on Assignment {\n    id\n    title\n    source\n    caseNumber\n    deadline\n    orgUnit {\n      id\n      name\n    }\n    update(upTo: $upTo) {\n      id\n      status\n      comment\n    }\n  }\n': typeof types.AssignmentsExport_AssignmentFragmentDoc;
  '\n  mutation ActionStatusDialog_Save($input: AuditActionUpdateInput!) {\n    saveAuditActionUpdate(input: $input) {\n      id\n      status\n      comment\n      version\n    }\n  }\n': typeof types.ActionStatusDialog_SaveDocument;
  '\n  mutation AssignmentDialog_Create($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n    }\n  }\n': typeof types.AssignmentDialog_CreateDocument;
  '\n  mutation AssignmentDialog_Update($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      title\n      source\n      caseNumber\n      deadline\n      year\n      version\n    }\n  }\n': typeof types.AssignmentDialog_UpdateDocument;
  '\n  query AssignmentFollowUp_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!, $before: MonthInput!) {\n    assignments(orgUnitCode: $orgUnitCode) {\n      id\n      year\n      settled: update(upTo: $before) {\n        id\n        status\n      }\n      ...AssignmentTable_assignment\n    }\n    auditReports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      ...AuditReportList_report\n    }\n  }\n': typeof types.AssignmentFollowUp_QueryDocument;
  '\n  mutation AssignmentStatusDialog_Save($input: AssignmentUpdateInput!) {\n    saveAssignmentUpdate(input: $input) {\n      id\n      status\n      comment\n      decisionDate\n      decisionCaseNumber\n      version\n    }\n  }\n': typeof types.AssignmentStatusDialog_SaveDocument;
  '\n  fragment AssignmentTable_assignment on Assignment {\n    id\n    title\n    source\n    caseNumber\n    deadline\n    year\n    version\n    mayEdit\n    mayReport\n    orgUnit {\n      id\n      name\n    }\n    update(upTo: $upTo) {\n      id\n      year\n      month\n      status\n      comment\n      decisionDate\n      decisionCaseNumber\n      version\n    }\n  }\n': typeof types.AssignmentTable_AssignmentFragmentDoc;
  '\n  mutation AuditReportDialog_Create($input: CreateAuditReportInput!) {\n    createAuditReport(input: $input) {\n      id\n    }\n  }\n': typeof types.AuditReportDialog_CreateDocument;
  '\n  mutation AuditReportDialog_Update($input: UpdateAuditReportInput!) {\n    updateAuditReport(input: $input) {\n      id\n      title\n      auditor\n      reportDate\n      caseNumber\n      year\n      version\n    }\n  }\n': typeof types.AuditReportDialog_UpdateDocument;
  '\n  fragment AuditReportList_report on AuditReport {\n    id\n    title\n    auditor\n    reportDate\n    caseNumber\n    year\n    version\n    mayEdit\n    mayReport\n    orgUnit {\n      id\n      name\n    }\n    recommendations {\n      id\n      recommendation\n      action\n      ownerName\n      ownerUser {\n        id\n        name\n      }\n      dueDate\n      version\n      update(upTo: $upTo) {\n        id\n        year\n        month\n        status\n        comment\n        version\n      }\n    }\n  }\n': typeof types.AuditReportList_ReportFragmentDoc;
  '\n  query RecommendationDialog_Owners($orgUnitCode: String!) {\n    auditActionOwnerCandidates(orgUnitCode: $orgUnitCode) {\n      id\n      name\n    }\n  }\n': typeof types.RecommendationDialog_OwnersDocument;
  '\n  mutation RecommendationDialog_Create($input: CreateAuditRecommendationInput!) {\n    createAuditRecommendation(input: $input) {\n      id\n    }\n  }\n': typeof types.RecommendationDialog_CreateDocument;
  '\n  mutation RecommendationDialog_Update($input: UpdateAuditRecommendationInput!) {\n    updateAuditRecommendation(input: $input) {\n      id\n      recommendation\n      action\n      ownerName\n      ownerUser {\n        id\n        name\n      }\n      dueDate\n      version\n    }\n  }\n': typeof types.RecommendationDialog_UpdateDocument;
  '\n  query HistoryDialog_Query($entityType: String!, $entityId: ID!) {\n    history(entityType: $entityType, entityId: $entityId) {\n      id\n      occurredAt\n      operation\n      action\n      author {\n        id\n        name\n      }\n      entityType\n      changes {\n        field\n        oldValue\n        newValue\n        referencedType\n        oldName\n        newName\n      }\n    }\n  }\n': typeof types.HistoryDialog_QueryDocument;
  '\n  fragment AssessmentsSection_Goal on DataEntryGoalRow {\n    goal {\n      id\n      title\n      perspective {\n        id\n        name\n      }\n    }\n    assessment {\n      id\n      fulfilment\n      comment\n      version\n    }\n  }\n': typeof types.AssessmentsSection_GoalFragmentDoc;
  '\n  fragment AssessmentsSection_Activity on DataEntryActivityRow {\n    activity {\n      id\n      title\n      endDate\n    }\n    update {\n      id\n      status\n      comment\n      version\n    }\n  }\n': typeof types.AssessmentsSection_ActivityFragmentDoc;
  '\n  mutation AssessmentsSection_SaveGoal($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      fulfilment\n      comment\n      version\n    }\n  }\n': typeof types.AssessmentsSection_SaveGoalDocument;
  '\n  mutation AssessmentsSection_SaveActivity($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      id\n      status\n      comment\n      version\n    }\n  }\n': typeof types.AssessmentsSection_SaveActivityDocument;
  '\n  fragment IndicatorValuesSection_Row on DataEntryIndicatorRow {\n    period\n    indicator {\n      id\n      name\n      unit\n      periodicity\n    }\n    value {\n      id\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n      isSynthetic\n      version\n    }\n  }\n': typeof types.IndicatorValuesSection_RowFragmentDoc;
  '\n  mutation IndicatorValuesSection_Save($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n      isSynthetic\n      status\n      version\n    }\n  }\n': typeof types.IndicatorValuesSection_SaveDocument;
  '\n  fragment BusinessAreaResultTable_row on BusinessAreaResult {\n    orgUnit {\n      id\n      name\n    }\n    isTotal\n    operationsToDate\n    operationsBudgetToDate\n    operationsForecast\n    operationsBudget\n    developmentToDate\n    developmentBudgetToDate\n    developmentForecast\n    developmentBudget\n    rolledUpFrom {\n      id\n      name\n    }\n  }\n': typeof types.BusinessAreaResultTable_RowFragmentDoc;
  '\n  fragment FinancialTable_line on FinancialLine {\n    indicator {\n      id\n      code\n      name\n      unit\n    }\n    outcomeToDate\n    budgetToDate\n    deviationToDate\n    fullYearForecast\n    fullYearBudget\n    previousYearToDate\n    status\n    rolledUpFrom {\n      id\n      name\n    }\n  }\n': typeof types.FinancialTable_LineFragmentDoc;
  '\n  mutation ForecastRoundsAdmin_Open($input: OpenForecastRoundInput!) {\n    openForecastRound(input: $input) {\n      id\n      name\n      asOf\n      status\n      version\n    }\n  }\n': typeof types.ForecastRoundsAdmin_OpenDocument;
  '\n  mutation ForecastRoundsAdmin_Close($input: CloseForecastRoundInput!) {\n    closeForecastRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.ForecastRoundsAdmin_CloseDocument;
  '\n  query RoundForecastsSection_Query($id: ID!, $year: Int!) {\n    indicator(id: $id) {\n      id\n      roundForecasts(year: $year) {\n        round {\n          id\n          name\n          asOf\n          status\n        }\n        fullYearForecast\n        carriedOver\n        changeFromPrevious\n        comment\n      }\n    }\n  }\n': typeof types.RoundForecastsSection_QueryDocument;
  '\n  query YearEndProjectionSection_Query($id: ID!, $upTo: MonthInput!) {\n    indicator(id: $id) {\n      id\n      yearEndProjection(upTo: $upTo) {\n        projectedOutcome\n        method\n        basedOnMonth\n        lastYearShare\n        humanForecast\n        difference\n        relativeDifference\n        differsFromForecast\n        tolerance\n        usesGeneratedValues\n      }\n    }\n  }\n': typeof types.YearEndProjectionSection_QueryDocument;
  '\n  query ActivityDialog_OwnerOptions($orgUnitId: ID!) {\n    activityOwnerOptions(orgUnitId: $orgUnitId) {\n      id\n      name\n    }\n  }\n': typeof types.ActivityDialog_OwnerOptionsDocument;
  '\n  mutation ActivityDialog_Create($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n': typeof types.ActivityDialog_CreateDocument;
  '\n  mutation ActivityDialog_Update($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      description\n      owner\n      ownerId\n      startDate\n      endDate\n      version\n    }\n  }\n': typeof types.ActivityDialog_UpdateDocument;
  '\n  fragment ActivityTable_activity on Activity {\n    id\n    title\n    description\n    owner\n    ownerId\n    startDate\n    endDate\n    version\n    update(upTo: $upTo) {\n      id\n      status\n      comment\n    }\n  }\n': typeof types.ActivityTable_ActivityFragmentDoc;
  '\n  mutation AssessmentDialog_Save($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      goalId\n      year\n      month\n      fulfilment\n      comment\n      version\n    }\n  }\n': typeof types.AssessmentDialog_SaveDocument;
  '\n  query CouncilGoalMatrix_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      level\n      title\n      orgUnit {\n        id\n      }\n      perspective {\n        id\n        name\n      }\n      children {\n        id\n        title\n        orgUnit {\n          id\n          name\n        }\n        assessment(upTo: $upTo) {\n          id\n          fulfilment\n        }\n      }\n    }\n  }\n': typeof types.CouncilGoalMatrix_QueryDocument;
  '\n  fragment GoalCard_goal on Goal {\n    id\n    title\n    description\n    level\n    year\n    canPlan\n    version\n    perspective {\n      id\n    }\n    orgUnit {\n      id\n      code\n      name\n    }\n    parents {\n      id\n      title\n      level\n    }\n    activities {\n      id\n      ...ActivityTable_activity\n    }\n    assessment(upTo: $upTo) {\n      id\n      year\n      month\n      fulfilment\n      comment\n      version\n    }\n    indicators {\n      id\n      ...IndicatorTable_indicator\n    }\n  }\n': typeof types.GoalCard_GoalFragmentDoc;
  '\n  query GoalDialog_ParentOptions($orgUnitId: ID!, $year: Int!) {\n    goalParentOptions(orgUnitId: $orgUnitId, year: $year) {\n      id\n      title\n      level\n      perspective {\n        id\n        name\n      }\n    }\n  }\n': typeof types.GoalDialog_ParentOptionsDocument;
  '\n  mutation GoalDialog_Create($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n': typeof types.GoalDialog_CreateDocument;
  '\n  mutation GoalDialog_Update($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n': typeof types.GoalDialog_UpdateDocument;
  '\n  query GoalIndicatorsDialog_Library($filter: IndicatorLibraryFilter!) {\n    indicatorLibrary(filter: $filter) {\n      id\n      code\n      name\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n': typeof types.GoalIndicatorsDialog_LibraryDocument;
  '\n  mutation GoalIndicatorsDialog_Save($input: SetGoalIndicatorsInput!) {\n    setGoalIndicators(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.GoalIndicatorsDialog_SaveDocument;
  '\n  mutation GoalPlanMenu_Move($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.GoalPlanMenu_MoveDocument;
  '\n  fragment GoalsByPerspective_goal on Goal {\n    id\n    level\n    title\n    description\n    year\n    version\n    canPlan\n    perspective {\n      id\n      name\n    }\n    orgUnit {\n      id\n      code\n    }\n    parents {\n      id\n      title\n      level\n    }\n    indicators {\n      id\n    }\n    ...GoalCard_goal\n  }\n': typeof types.GoalsByPerspective_GoalFragmentDoc;
  '\n  fragment IndicatorTable_indicator on Indicator {\n    id\n    name\n    unit\n    periodicity\n    latestValue(upTo: $upTo) {\n      id\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      isSynthetic\n      status\n      statusOverride\n    }\n  }\n': typeof types.IndicatorTable_IndicatorFragmentDoc;
  '\n  mutation RetireDialog_Goal($input: SetGoalRetiredInput!) {\n    setGoalRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n': typeof types.RetireDialog_GoalDocument;
  '\n  mutation RetireDialog_Activity($input: SetActivityRetiredInput!) {\n    setActivityRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n': typeof types.RetireDialog_ActivityDocument;
  '\n  fragment GoalFilter_goal on Goal {\n    id\n    perspective {\n      id\n    }\n    indicators {\n      id\n      periodicity\n      latestValue(upTo: $upTo) {\n        id\n        period\n        status\n      }\n    }\n  }\n': typeof types.GoalFilter_GoalFragmentDoc;
  '\n  fragment GoalsExport_goal on Goal {\n    id\n    level\n    title\n    perspective {\n      id\n      name\n    }\n    parents {\n      id\n      title\n    }\n    orgUnit {\n      id\n      name\n    }\n    assessment(upTo: $upTo) {\n      id\n      fulfilment\n      comment\n    }\n  }\n': typeof types.GoalsExport_GoalFragmentDoc;
  '\n  query AlsoMeasuredBy_Query($code: String!) {\n    indicatorsByCode(code: $code) {\n      id\n      ...IndicatorForm_definition @unmask\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AlsoMeasuredBy_QueryDocument;
  '\n  fragment IndicatorDialog_indicator on Indicator {\n    id\n    ...IndicatorForm_definition @unmask\n    hasValues\n    version\n  }\n': typeof types.IndicatorDialog_IndicatorFragmentDoc;
  '\n  mutation IndicatorForm_Create($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n    }\n  }\n': typeof types.IndicatorForm_CreateDocument;
  '\n  mutation IndicatorForm_Update($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      ...IndicatorDialog_indicator\n    }\n  }\n': typeof types.IndicatorForm_UpdateDocument;
  '\n  query IndicatorLibrary_Query($filter: IndicatorLibraryFilter!, $orgUnitCode: String!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    orgUnits {\n      id\n      name\n    }\n    perspectives {\n      id\n      name\n    }\n    indicatorOwnerOptions {\n      id\n      name\n    }\n    indicatorLibrary(filter: $filter) {\n      id\n      ...IndicatorLibraryTable_indicator\n      ...IndicatorDialog_indicator\n    }\n  }\n': typeof types.IndicatorLibrary_QueryDocument;
  '\n  fragment IndicatorLibraryTable_indicator on Indicator {\n    id\n    code\n    name\n    unit\n    periodicity\n    direction\n    cumulative\n    thresholdKind\n    yellowThreshold\n    redThreshold\n    isKey\n    externalCode\n    retiredAt\n    version\n    owner {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n  }\n': typeof types.IndicatorLibraryTable_IndicatorFragmentDoc;
  '\n  mutation RetireIndicatorButton_SetRetired($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n': typeof types.RetireIndicatorButton_SetRetiredDocument;
  '\n  fragment IndicatorForm_definition on Indicator {\n    code\n    name\n    description\n    dataSource\n    externalCode\n    unit\n    periodicity\n    direction\n    cumulative\n    levelAggregation\n    unitRollup\n    thresholdKind\n    yellowThreshold\n    redThreshold\n    isKey\n    owner {\n      id\n    }\n    orgUnit {\n      id\n    }\n  }\n': typeof types.IndicatorForm_DefinitionFragmentDoc;
  '\n  fragment ThresholdHistorySection_indicator on Indicator {\n    id\n    unit\n    thresholdHistory {\n      fromMonth\n      thresholdKind\n      yellowThreshold\n      redThreshold\n      changedAt\n      changedBy\n    }\n  }\n': typeof types.ThresholdHistorySection_IndicatorFragmentDoc;
  '\n  query ValueStatusDialog_Query($id: ID!, $period: String!) {\n    indicator(id: $id) {\n      id\n      value(period: $period) {\n        id\n        version\n        status\n        ruleStatus\n        statusOverride\n        statusOverrideReason\n        period\n      }\n    }\n  }\n': typeof types.ValueStatusDialog_QueryDocument;
  '\n  mutation ValueStatusDialog_Save($input: SetIndicatorValueStatusInput!) {\n    setIndicatorValueStatus(input: $input) {\n      id\n      version\n      status\n      ruleStatus\n      statusOverride\n      statusOverrideReason\n      period\n    }\n  }\n': typeof types.ValueStatusDialog_SaveDocument;
  '\n  fragment IndicatorSeries_point on SeriesPoint {\n    period\n    outcome\n    target\n    fullYearForecast\n    rolling12\n    previousYearOutcome\n    isSynthetic\n    status\n    statusOverrideReason\n  }\n': typeof types.IndicatorSeries_PointFragmentDoc;
  '\n  mutation CloseOrgUnitDialog_Close($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      id\n      validTo\n      isClosed\n      version\n    }\n  }\n': typeof types.CloseOrgUnitDialog_CloseDocument;
  '\n  mutation CreateOrgUnitDialog_Create($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.CreateOrgUnitDialog_CreateDocument;
  '\n  mutation MoveOrgUnitDialog_Move($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.MoveOrgUnitDialog_MoveDocument;
  '\n  fragment OrgUnitImportButton_orgUnit on OrgUnit {\n    id\n    code\n    name\n    kind\n    isClosed\n    parent {\n      id\n      code\n    }\n  }\n': typeof types.OrgUnitImportButton_OrgUnitFragmentDoc;
  '\n  fragment OrgUnitTree_orgUnit on OrgUnit {\n    id\n    code\n    name\n    kind\n    validFrom\n    validTo\n    isClosed\n    mayAdminister\n    version\n    parent {\n      id\n    }\n  }\n': typeof types.OrgUnitTree_OrgUnitFragmentDoc;
  '\n  mutation RenameOrgUnitDialog_Rename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n': typeof types.RenameOrgUnitDialog_RenameDocument;
  '\n  fragment AttentionSection_attention on Attention {\n    redIndicators {\n      id\n      name\n      newlyRed\n      statusSetByHand\n      since\n      orgUnit {\n        id\n        name\n      }\n    }\n    notReportedIndicators {\n      id\n      name\n      since\n      orgUnit {\n        id\n        name\n      }\n    }\n    overdueAssignments {\n      id\n      title\n      caseNumber\n      deadline\n      orgUnit {\n        id\n        name\n      }\n    }\n    overdueAuditActions {\n      id\n      recommendation\n      auditReportTitle\n      dueDate\n      orgUnit {\n        id\n        name\n      }\n    }\n    redProjects {\n      id\n      name\n      portfolioName\n      statusDate\n      time\n      cost\n      result\n    }\n    risksAboveTolerance {\n      id\n      title\n      score\n      probability\n      consequence\n      isDemoValue\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AttentionSection_AttentionFragmentDoc;
  '\n  fragment EconomyGlance_economy on Economy {\n    lines {\n      indicator {\n        id\n        code\n        name\n        unit\n      }\n      outcomeToDate\n      budgetToDate\n      fullYearForecast\n      fullYearBudget\n      rolledUpFrom {\n        id\n        name\n      }\n    }\n    businessAreaResults {\n      ...BusinessAreaResultTable_row @unmask\n    }\n  }\n': typeof types.EconomyGlance_EconomyFragmentDoc;
  '\n  fragment KeyIndicatorTile_tile on KeyIndicator {\n    indicator {\n      id\n      name\n      unit\n    }\n    figures {\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n    }\n    rollup\n    rolledUpFrom {\n      id\n      name\n    }\n    ...UnitFigureList_tile @unmask\n    status\n    statusSetByHand\n    isReported\n    changeFromPreviousYear\n    trend\n  }\n': typeof types.KeyIndicatorTile_TileFragmentDoc;
  '\n  fragment PerspectiveCard_summary on PerspectiveSummary {\n    perspective {\n      id\n      name\n    }\n    goalsFulfilled\n    goalsPartlyFulfilled\n    goalsNotFulfilled\n    goalsNotAssessed\n    indicatorsGreen\n    indicatorsYellow\n    indicatorsRed\n    indicatorsNotReported\n    councilGoals\n  }\n': typeof types.PerspectiveCard_SummaryFragmentDoc;
  '\n  fragment UnitFigureList_tile on KeyIndicator {\n    indicator {\n      id\n      unit\n    }\n    unitFigures {\n      orgUnit {\n        id\n        name\n      }\n      period\n      outcome\n      status\n      statusSetByHand\n    }\n  }\n': typeof types.UnitFigureList_TileFragmentDoc;
  '\n  mutation PerspectiveDialog_Create($input: CreatePerspectiveInput!) {\n    createPerspective(input: $input) {\n      id\n      year\n      name\n    }\n  }\n': typeof types.PerspectiveDialog_CreateDocument;
  '\n  mutation PerspectiveDialog_Update($input: UpdatePerspectiveInput!) {\n    updatePerspective(input: $input) {\n      id\n      year\n      name\n      description\n      version\n    }\n  }\n': typeof types.PerspectiveDialog_UpdateDocument;
  '\n  fragment PerspectiveList_perspective on Perspective {\n    id\n    year\n    name\n    description\n    sortOrder\n    version\n  }\n': typeof types.PerspectiveList_PerspectiveFragmentDoc;
  '\n  mutation PerspectiveList_Reorder($input: ReorderPerspectivesInput!) {\n    reorderPerspectives(input: $input) {\n      id\n      year\n      sortOrder\n    }\n  }\n': typeof types.PerspectiveList_ReorderDocument;
  '\n  query PerspectivesAdmin_Query($year: Int!) {\n    perspectives(year: $year) {\n      id\n      year\n      ...PerspectiveList_perspective\n    }\n  }\n': typeof types.PerspectivesAdmin_QueryDocument;
  '\n  mutation PerspectivesAdmin_Copy($input: CopyPerspectivesInput!) {\n    copyPerspectivesFromPreviousYear(input: $input) {\n      id\n      year\n    }\n  }\n': typeof types.PerspectivesAdmin_CopyDocument;
  '\n  mutation RemovePerspectiveDialog_Remove($input: RemovePerspectiveInput!) {\n    removePerspective(input: $input) {\n      id\n      year\n    }\n  }\n': typeof types.RemovePerspectiveDialog_RemoveDocument;
  '\n  mutation AdoptPlanDialog_Adopt($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      id\n      ...PlanHistory_plan\n      ...PlanStatusCard_plan\n    }\n  }\n': typeof types.AdoptPlanDialog_AdoptDocument;
  '\n  mutation OpenRevisionDialog_Open($input: OpenPlanRevisionInput!) {\n    openPlanRevision(input: $input) {\n      id\n      ...PlanHistory_plan\n      ...PlanStatusCard_plan\n    }\n  }\n': typeof types.OpenRevisionDialog_OpenDocument;
  '\n  fragment PlanChangeList_Change on PlanChange {\n    kind\n    subject\n    object\n    before\n    after\n    targetField\n    beforeValue\n    afterValue\n  }\n': typeof types.PlanChangeList_ChangeFragmentDoc;
  '\n  fragment PlanHistory_plan on Plan {\n    id\n    status\n    revision\n    draftChanges {\n      ...PlanChangeList_Change @unmask\n    }\n    revisions {\n      id\n      number\n      decisionDate\n      caseNumber\n      adoptedBy {\n        id\n        name\n      }\n      changes {\n        ...PlanChangeList_Change @unmask\n      }\n    }\n  }\n': typeof types.PlanHistory_PlanFragmentDoc;
  '\n  fragment PlanStatusCard_plan on Plan {\n    id\n    status\n    revision\n    decisionDate\n    caseNumber\n    rolledOverFromYear\n    version\n  }\n': typeof types.PlanStatusCard_PlanFragmentDoc;
  '\n  query RollOverDialog_Preview($orgUnitId: ID!, $fromYear: Int!) {\n    rollOverPreview(orgUnitId: $orgUnitId, fromYear: $fromYear) {\n      fromYear\n      toYear\n      goals {\n        goalId\n        title\n        alreadyCarried\n        perspective {\n          id\n          year\n          name\n        }\n        goalLinks {\n          fromTitle\n          toGoalId\n          toTitle\n          matchedBy\n        }\n      }\n      indicatorLinks {\n        goalId\n        goalTitle\n        indicatorId\n        indicatorName\n        alreadyCarried\n      }\n      activities {\n        activityId\n        title\n        goalTitle\n        status\n        alreadyCarried\n      }\n      assignments {\n        assignmentId\n        title\n        caseNumber\n        status\n      }\n      targets {\n        indicatorId\n        indicatorName\n        periods\n        annualTarget\n        alreadyCarried\n      }\n    }\n  }\n': typeof types.RollOverDialog_PreviewDocument;
  '\n  mutation RollOverDialog_Commit($input: CommitRollOverInput!) {\n    commitRollOver(input: $input) {\n      id\n      year\n      status\n    }\n  }\n': typeof types.RollOverDialog_CommitDocument;
  "\n  fragment BoardFilter_project on Project {\n    id\n    name\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n    }\n  }\n": typeof types.BoardFilter_ProjectFragmentDoc;
  '\n  query MergeProjectsDialog_Query {\n    editablePortfolios {\n      id\n      name\n      projects {\n        id\n        name\n        state\n        version\n      }\n    }\n  }\n': typeof types.MergeProjectsDialog_QueryDocument;
  '\n  mutation MergeProjectsDialog_Merge($input: MergeProjectsInput!) {\n    mergeProjects(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.MergeProjectsDialog_MergeDocument;
  '\n  mutation MoveProjectDialog_Move($input: ProjectMoveInput!) {\n    moveProject(input: $input) {\n      id\n      version\n      portfolio {\n        id\n        name\n      }\n    }\n  }\n': typeof types.MoveProjectDialog_MoveDocument;
  '\n  query PersonField_Options($orgUnitId: ID!) {\n    portfolioPersonOptions(orgUnitId: $orgUnitId) {\n      id\n      name\n    }\n  }\n': typeof types.PersonField_OptionsDocument;
  '\n  query PortfolioFormDialog_Units {\n    portfolioOwningUnits {\n      id\n      name\n    }\n  }\n': typeof types.PortfolioFormDialog_UnitsDocument;
  '\n  mutation PortfolioFormDialog_Create($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.PortfolioFormDialog_CreateDocument;
  '\n  mutation PortfolioFormDialog_Update($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      id\n      name\n      owner\n      ownerUserId\n      statusUpdateIntervalWeeks\n      version\n    }\n  }\n': typeof types.PortfolioFormDialog_UpdateDocument;
  '\n  mutation PortfolioPeriodStatusDialog_Save($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      id\n      year\n      month\n      narrative\n      changes\n      version\n    }\n  }\n': typeof types.PortfolioPeriodStatusDialog_SaveDocument;
  '\n  fragment PortfolioSection_portfolio on Portfolio {\n    id\n    name\n    canEdit\n    statusUpdateIntervalWeeks\n    owner\n    ownerUserId\n    orgUnit {\n      id\n    }\n    version\n    overdueActions(upTo: $upTo) {\n      project {\n        id\n      }\n    }\n    ...PortfolioSummary_portfolio\n    periodStatus(upTo: $upTo) {\n      id\n      year\n      month\n      narrative\n      changes\n      version\n    }\n    # The projects that belonged to the portfolio at the end of the month viewed.\n    projects: projectsAsOf(month: $upTo) {\n      id\n      ...BoardFilter_project @unmask\n      ...ProjectBoardExport_project @unmask\n      ...ProjectBoardTable_project\n      ...ProjectBoardColumns_project\n    }\n  }\n': typeof types.PortfolioSection_PortfolioFragmentDoc;
  '\n  fragment PortfolioSummary_portfolio on Portfolio {\n    id\n    name\n    owner\n    budget {\n      budgetTkr\n      costToDateTkr\n      projectsWithoutBudget\n      forecastTkr\n      projectsWithoutForecast\n    }\n    overdueActions(upTo: $upTo) {\n      dimension\n      action\n      actionOwner\n      actionDueDate\n      project {\n        id\n        name\n      }\n    }\n  }\n': typeof types.PortfolioSummary_PortfolioFragmentDoc;
  "\n  fragment ProjectBoardColumns_project on Project {\n    id\n    name\n    phase\n    # As the board's other views: the state at the end of the month viewed.\n    state: stateAsOf(month: $upTo)\n    version\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        time\n        cost\n        result\n      }\n    }\n  }\n": typeof types.ProjectBoardColumns_ProjectFragmentDoc;
  '\n  mutation ProjectBoardColumns_ChangePhase($input: ProjectPhaseChangeInput!) {\n    changeProjectPhase(input: $input) {\n      id\n      phase\n      version\n    }\n  }\n': typeof types.ProjectBoardColumns_ChangePhaseDocument;
  "\n  fragment ProjectBoardTable_project on Project {\n    id\n    name\n    phase\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    pausedUntil\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n      statusUpdatesSinceColourChange\n      noRecentStatusUpdate\n    }\n  }\n": typeof types.ProjectBoardTable_ProjectFragmentDoc;
  '\n  mutation ProjectCreateDialog_Create($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.ProjectCreateDialog_CreateDocument;
  '\n  mutation ProjectDetailsDialog_Save($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.ProjectDetailsDialog_SaveDocument;
  '\n  fragment ProjectDetailsDialog_project on Project {\n    id\n    name\n    description\n    owner\n    ownerUserId\n    manager\n    managerUserId\n    phase\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    budgetTkr\n    costToDateTkr\n    forecastTkr\n    version\n    portfolio {\n      id\n      orgUnit {\n        id\n      }\n    }\n  }\n': typeof types.ProjectDetailsDialog_ProjectFragmentDoc;
  "\n  fragment ProjectFacts_project on Project {\n    id\n    owner\n    manager\n    phase\n    # State and portfolio at the end of the month viewed (the page's other parts show today's).\n    stateThen: stateAsOf(month: $upTo)\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    pausedUntil\n    budgetTkr\n    costToDateTkr\n    forecastTkr\n    portfolioThen: portfolioAsOf(month: $upTo) {\n      id\n      name\n    }\n  }\n": typeof types.ProjectFacts_ProjectFragmentDoc;
  '\n  fragment ProjectLineage_project on Project {\n    id\n    origins {\n      id\n      kind\n      occurredOn\n      project {\n        id\n        name\n      }\n    }\n    successors {\n      id\n      kind\n      occurredOn\n      project {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ProjectLineage_ProjectFragmentDoc;
  '\n  fragment ProjectMoveList_move on ProjectMove {\n    id\n    movedOn\n    reason\n    fromPortfolio {\n      id\n      name\n    }\n    toPortfolio {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n  }\n': typeof types.ProjectMoveList_MoveFragmentDoc;
  '\n  fragment ProjectStatusUpdateDialog_startFrom on ProjectStatusUpdate {\n    time\n    cost\n    result\n    deviations {\n      dimension\n      cause\n      action\n      actionOwner\n      actionOwnerUserId\n      actionDueDate\n    }\n  }\n': typeof types.ProjectStatusUpdateDialog_StartFromFragmentDoc;
  '\n  mutation ProjectStatusUpdateDialog_Add($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      id\n      statusDate\n    }\n  }\n': typeof types.ProjectStatusUpdateDialog_AddDocument;
  '\n  mutation SplitProjectDialog_Split($input: SplitProjectInput!) {\n    splitProject(input: $input) {\n      id\n      version\n      state\n    }\n  }\n': typeof types.SplitProjectDialog_SplitDocument;
  '\n  mutation StateChangeDialog_Change($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      id\n      state\n      pausedUntil\n      version\n    }\n  }\n': typeof types.StateChangeDialog_ChangeDocument;
  '\n  fragment StateChangeList_change on ProjectStateChange {\n    id\n    fromState\n    toState\n    reason\n    changedOn\n    author {\n      id\n      name\n    }\n  }\n': typeof types.StateChangeList_ChangeFragmentDoc;
  '\n  fragment StatusUpdateHistory_statusUpdate on ProjectStatusUpdate {\n    id\n    statusDate\n    time\n    cost\n    result\n    comment\n    author {\n      id\n      name\n    }\n    deviations {\n      dimension\n      cause\n      action\n      actionOwner\n      actionDueDate\n    }\n  }\n': typeof types.StatusUpdateHistory_StatusUpdateFragmentDoc;
  "\n  fragment TimelineSection_project on Project {\n    id\n    name\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    pausedUntil\n    stateChanges {\n      id\n      toState\n      changedOn\n    }\n    statusUpdates {\n      id\n      statusDate\n    }\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n    }\n  }\n": typeof types.TimelineSection_ProjectFragmentDoc;
  "\n  fragment ProjectBoardExport_project on Project {\n    id\n    name\n    phase\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    pausedUntil\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n      statusUpdatesSinceColourChange\n      noRecentStatusUpdate\n    }\n  }\n": typeof types.ProjectBoardExport_ProjectFragmentDoc;
  '\n  query ReminderSettingsForm_Query {\n    myReminderSettings {\n      frequency\n      version\n    }\n  }\n': typeof types.ReminderSettingsForm_QueryDocument;
  '\n  mutation ReminderSettingsForm_Save($input: SetReminderFrequencyInput!) {\n    setReminderFrequency(input: $input) {\n      frequency\n      version\n    }\n  }\n': typeof types.ReminderSettingsForm_SaveDocument;
  '\n  query SendLog_Query($status: ReminderMailStatus) {\n    reminderMails(status: $status, first: 100) {\n      id\n      kind\n      recipientName\n      recipient\n      subject\n      itemCount\n      status\n      attempts\n      nextAttemptAt\n      lastError\n      sentAt\n      createdAt\n    }\n  }\n': typeof types.SendLog_QueryDocument;
  '\n  mutation SendLog_Retry($input: RetryReminderMailInput!) {\n    retryReminderMail(input: $input) {\n      id\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n': typeof types.SendLog_RetryDocument;
  '\n  mutation PeriodDeadlineDialog_Move($input: SetReportingPeriodDeadlineInput!) {\n    setReportingPeriodDeadline(input: $input) {\n      id\n      deadline\n      deadlineMoved\n      version\n    }\n  }\n': typeof types.PeriodDeadlineDialog_MoveDocument;
  '\n  mutation PeriodDeadlineDialog_SetLevel($input: SetReportingLevelDeadlineInput!) {\n    setReportingLevelDeadline(input: $input) {\n      id\n      levelDeadlines {\n        level\n        deadline\n      }\n      version\n    }\n  }\n': typeof types.PeriodDeadlineDialog_SetLevelDocument;
  '\n  mutation PeriodStatusDialog_Close($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      id\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n': typeof types.PeriodStatusDialog_CloseDocument;
  '\n  mutation PeriodStatusDialog_Reopen($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      id\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n': typeof types.PeriodStatusDialog_ReopenDocument;
  '\n  query ReportingCalendarAdmin_Query($year: Int!) {\n    orgUnits {\n      id\n      kind\n    }\n    reportingCalendar(year: $year) {\n      id\n      orgUnitId\n      year\n      workingDaysAfterPeriodEnd\n      version\n      periods {\n        id\n        ...ReportingPeriodsTable_period\n      }\n    }\n  }\n': typeof types.ReportingCalendarAdmin_QueryDocument;
  '\n  mutation ReportingCalendarAdmin_Generate($input: GenerateReportingCalendarInput!) {\n    generateReportingCalendar(input: $input) {\n      id\n      workingDaysAfterPeriodEnd\n      version\n    }\n  }\n': typeof types.ReportingCalendarAdmin_GenerateDocument;
  '\n  fragment ReportingPeriodsTable_period on ReportingPeriod {\n    id\n    kind\n    number\n    year\n    endDate\n    deadline\n    ruleDeadline\n    deadlineMoved\n    levelDeadlines {\n      level\n      deadline\n    }\n    status\n    statusReason\n    version\n  }\n': typeof types.ReportingPeriodsTable_PeriodFragmentDoc;
  '\n  fragment BehindTables_discipline on ReportingDiscipline {\n    unitsBehind {\n      orgUnit {\n        id\n        name\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n    }\n    ownersBehind {\n      userId\n      name\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n    }\n  }\n': typeof types.BehindTables_DisciplineFragmentDoc;
  '\n  fragment DisciplineMatrix_discipline on ReportingDiscipline {\n    year\n    periods {\n      key\n      kind\n      year\n      number\n      inProgress\n    }\n    units {\n      orgUnit {\n        id\n        name\n      }\n      cells {\n        periodKey\n        deadline\n        inProgress\n        counts {\n          onTime\n          late\n          missing\n          pending\n          total\n        }\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n    }\n  }\n': typeof types.DisciplineMatrix_DisciplineFragmentDoc;
  '\n  fragment MissingItemsTable_discipline on ReportingDiscipline {\n    missing {\n      key\n      kind\n      title\n      orgUnit {\n        id\n        name\n      }\n      period {\n        key\n        kind\n        year\n        number\n      }\n      deadline\n      responsible\n      link\n    }\n  }\n': typeof types.MissingItemsTable_DisciplineFragmentDoc;
  '\n  mutation CreateReportDialog_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateReportDialog_CreateDocument;
  '\n  mutation ReportWorkflow_Submit($input: ReportTransitionInput!) {\n    submitReport(input: $input) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.ReportWorkflow_SubmitDocument;
  '\n  mutation ReportWorkflow_SendBack($input: SendBackReportInput!) {\n    sendBackReport(input: $input) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.ReportWorkflow_SendBackDocument;
  '\n  mutation ReportWorkflow_Approve($input: ReportTransitionInput!) {\n    approveReport(input: $input) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.ReportWorkflow_ApproveDocument;
  '\n  mutation SectionAnalysis_Save($input: SaveReportSectionTextInput!) {\n    saveReportSectionText(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.SectionAnalysis_SaveDocument;
  '\n  mutation ControlDialog_Create($input: CreateControlInput!) {\n    createInternalControl(input: $input) {\n      id\n    }\n  }\n': typeof types.ControlDialog_CreateDocument;
  '\n  mutation ControlDialog_Update($input: UpdateControlInput!) {\n    updateInternalControl(input: $input) {\n      id\n      title\n      method\n      frequency\n      performedBy\n      version\n    }\n  }\n': typeof types.ControlDialog_UpdateDocument;
  '\n  query ControlFollowUp_Query($orgUnitCode: String!, $year: Int!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    viewer {\n      id\n      canEdit: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      orgUnit {\n        id\n      }\n    }\n    internalControls(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      method\n      frequency\n      performedBy\n      version\n      orgUnit {\n        id\n        name\n      }\n      risk {\n        id\n        title\n      }\n      results(year: $year) {\n        id\n        month\n        performed\n        outcome\n        description\n        followUpAction\n        isDemoValue\n        version\n      }\n    }\n  }\n': typeof types.ControlFollowUp_QueryDocument;
  '\n  mutation ControlResultDialog_Record($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      id\n      month\n      performed\n      outcome\n      description\n      followUpAction\n      isDemoValue\n      version\n    }\n  }\n': typeof types.ControlResultDialog_RecordDocument;
  '\n  mutation MitigationDialog_Add($input: AddMitigationInput!) {\n    addMitigation(input: $input) {\n      id\n    }\n  }\n': typeof types.MitigationDialog_AddDocument;
  '\n  mutation MitigationDialog_Update($input: UpdateMitigationInput!) {\n    updateMitigation(input: $input) {\n      id\n      title\n      responsible\n      dueDate\n      status\n      version\n    }\n  }\n': typeof types.MitigationDialog_UpdateDocument;
  '\n  mutation RemoveRiskCategoryDialog_Remove($input: RemoveRiskCategoryInput!) {\n    removeRiskCategory(input: $input) {\n      id\n    }\n  }\n': typeof types.RemoveRiskCategoryDialog_RemoveDocument;
  '\n  mutation RiskCategoryDialog_Create($input: CreateRiskCategoryInput!) {\n    createRiskCategory(input: $input) {\n      id\n      name\n      sortOrder\n      retired\n      riskCount\n      version\n    }\n  }\n': typeof types.RiskCategoryDialog_CreateDocument;
  '\n  mutation RiskCategoryDialog_Update($input: UpdateRiskCategoryInput!) {\n    updateRiskCategory(input: $input) {\n      id\n      name\n      retired\n      version\n    }\n  }\n': typeof types.RiskCategoryDialog_UpdateDocument;
  '\n  fragment RiskCategoryList_category on RiskCategory {\n    id\n    name\n    sortOrder\n    retired\n    riskCount\n    version\n  }\n': typeof types.RiskCategoryList_CategoryFragmentDoc;
  '\n  mutation RiskCategoryList_Reorder($input: ReorderRiskCategoriesInput!) {\n    reorderRiskCategories(input: $input) {\n      id\n      sortOrder\n      version\n    }\n  }\n': typeof types.RiskCategoryList_ReorderDocument;
  '\n  fragment RiskDetailsDialog_risk on Risk {\n    id\n    title\n    description\n    owner\n    version\n    category {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n    valuation(upTo: $upTo) {\n      id\n      valuedOn\n      probability\n      consequence\n      score\n      isDemoValue\n    }\n    valuations {\n      id\n      valuedOn\n      probability\n      consequence\n      score\n      reasoning\n      isDemoValue\n      createdBy {\n        id\n        name\n      }\n    }\n    mitigations {\n      id\n      title\n      responsible\n      dueDate\n      status\n      isOverdue(upTo: $upTo)\n      version\n    }\n    controls {\n      id\n      title\n      frequency\n    }\n  }\n': typeof types.RiskDetailsDialog_RiskFragmentDoc;
  '\n  mutation RiskDialog_Create($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n    }\n  }\n': typeof types.RiskDialog_CreateDocument;
  '\n  mutation RiskDialog_Update($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      id\n      title\n      description\n      owner\n      category {\n        id\n        name\n      }\n      version\n    }\n  }\n': typeof types.RiskDialog_UpdateDocument;
  '\n  query RiskRegister_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    viewer {\n      id\n      canEdit: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    riskScaleMax(orgUnitCode: $orgUnitCode)\n    riskCategories {\n      id\n      name\n      retired\n    }\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      owner\n      category {\n        id\n      }\n      orgUnit {\n        id\n        name\n      }\n      valuation(upTo: $upTo) {\n        id\n        probability\n        consequence\n        score\n      }\n      ...RiskExport_risk @unmask\n      ...RiskTable_risk\n      ...RiskDetailsDialog_risk\n    }\n  }\n': typeof types.RiskRegister_QueryDocument;
  '\n  mutation RiskScaleForm_Save($input: SetRiskScaleInput!) {\n    setRiskScale(input: $input) {\n      max\n      largestValued\n    }\n  }\n': typeof types.RiskScaleForm_SaveDocument;
  '\n  query RiskSettingsAdmin_Query {\n    riskScale {\n      max\n      largestValued\n    }\n    riskCategories {\n      id\n      ...RiskCategoryList_category\n    }\n  }\n': typeof types.RiskSettingsAdmin_QueryDocument;
  '\n  fragment RiskTable_risk on Risk {\n    id\n    title\n    owner\n    category {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n    valuation(upTo: $upTo) {\n      id\n      probability\n      consequence\n      score\n      isDemoValue\n    }\n    mitigations {\n      id\n    }\n    hasOverdueMitigations(upTo: $upTo)\n  }\n': typeof types.RiskTable_RiskFragmentDoc;
  '\n  mutation ValuationDialog_Add($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      id\n    }\n  }\n': typeof types.ValuationDialog_AddDocument;
  '\n  fragment RiskExport_risk on Risk {\n    id\n    title\n    owner\n    category {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n    valuation(upTo: $upTo) {\n      id\n      probability\n      consequence\n      score\n    }\n    mitigations {\n      id\n      title\n    }\n    hasOverdueMitigations(upTo: $upTo)\n  }\n': typeof types.RiskExport_RiskFragmentDoc;
  '\n  fragment TargetsEditor_Row on TargetRow {\n    indicator {\n      id\n      name\n      unit\n      periodicity\n      cumulative\n      kind\n      orgUnit {\n        id\n        name\n      }\n    }\n    canEdit\n    isProposal\n    periods\n    periodTargets\n    annualTarget\n    versions {\n      period\n      version\n    }\n    previousOutcomes {\n      year\n      value\n    }\n    previousYearForecast {\n      year\n      value\n    }\n  }\n': typeof types.TargetsEditor_RowFragmentDoc;
  '\n  mutation TargetsEditor_Save($input: TargetsInput!) {\n    saveTargets(input: $input) {\n      indicator {\n        id\n      }\n      periodTargets\n      annualTarget\n      isProposal\n      versions {\n        period\n        version\n      }\n    }\n  }\n': typeof types.TargetsEditor_SaveDocument;
  '\n  mutation TargetsEditor_ConfirmProposals($input: ConfirmTargetProposalsInput!) {\n    confirmTargetProposals(input: $input) {\n      indicator {\n        id\n      }\n      isProposal\n      versions {\n        period\n        version\n      }\n    }\n  }\n': typeof types.TargetsEditor_ConfirmProposalsDocument;
  '\n  fragment ToDoItemLink_item on ToDoItem {\n    id\n    kind\n    title\n    orgUnitName\n    periodKind\n    year\n    periodNumber\n    link\n  }\n': typeof types.ToDoItemLink_ItemFragmentDoc;
  '\n  query ToDoList_Query {\n    myToDo {\n      id\n      kind\n      deadline\n      overdue\n      ...ToDoItemLink_item\n    }\n  }\n': typeof types.ToDoList_QueryDocument;
  '\n  query UseToDoCount_Query {\n    myToDo {\n      id\n      overdue\n    }\n  }\n': typeof types.UseToDoCount_QueryDocument;
  '\n  mutation UserDialog_Create($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n': typeof types.UserDialog_CreateDocument;
  '\n  mutation UserDialog_Update($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      isActive\n      version\n    }\n  }\n': typeof types.UserDialog_UpdateDocument;
  '\n  query ImportPreview_Query($id: ID!, $status: ValueImportRowStatus, $offset: Int!, $limit: Int!) {\n    valueImport(id: $id) {\n      id\n      kind\n      fileName\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n      rows(status: $status, offset: $offset, limit: $limit) {\n        total\n        rows {\n          rowNumber\n          status\n          orgUnitCode\n          indicator\n          period\n          orgUnit {\n            name\n            parentCode\n            kind\n            validFrom\n          }\n          changes {\n            field\n            old\n            new\n          }\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n': typeof types.ImportPreview_QueryDocument;
  '\n  fragment ValueImportButton_Row on DataEntryIndicatorRow {\n    period\n    indicator {\n      id\n      code\n      name\n    }\n    value {\n      id\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n    }\n  }\n': typeof types.ValueImportButton_RowFragmentDoc;
  '\n  query ValueImportDialog_Counts($id: ID!) {\n    valueImport(id: $id) {\n      id\n      fileName\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n    }\n  }\n': typeof types.ValueImportDialog_CountsDocument;
  '\n  mutation ValueImportDialog_Commit($id: ID!, $correctionReason: String) {\n    commitValueImport(id: $id, correctionReason: $correctionReason) {\n      id\n      status\n      writtenCount\n    }\n  }\n': typeof types.ValueImportDialog_CommitDocument;
  '\n  mutation ValueImportDialog_Cancel($id: ID!) {\n    cancelValueImport(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.ValueImportDialog_CancelDocument;
  '\n  query AssignmentsPage_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      code\n      name\n      children {\n        id\n        name\n        isClosed\n      }\n    }\n    viewer {\n      id\n      canPlan: holds(role: PLANNER, orgUnitCode: $orgUnitCode)\n    }\n    assignments(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      orgUnit {\n        id\n      }\n      ...AssignmentsExport_assignment @unmask\n      ...AssignmentTable_assignment\n    }\n    auditReports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      orgUnit {\n        id\n        code\n      }\n      ...AuditReportList_report\n    }\n  }\n': typeof types.AssignmentsPage_QueryDocument;
  '\n  query AuditLogPage_Query($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nextCursor\n      events {\n        id\n        occurredAt\n        operation\n        action\n        entityType\n        entityId\n        entityName\n        author {\n          id\n          name\n        }\n        orgUnit {\n          id\n          name\n        }\n        changes {\n          field\n          oldValue\n          newValue\n          referencedType\n          oldName\n          newName\n        }\n      }\n    }\n  }\n': typeof types.AuditLogPage_QueryDocument;
  '\n  query DataEntryPage_Query($orgUnitCode: String!, $period: MonthInput!, $year: Int!) {\n    reportingCalendar(year: $year) {\n      id\n      periods {\n        id\n        startDate\n        endDate\n        status\n      }\n    }\n    forecastRounds(year: $year) {\n      id\n      name\n      asOf\n      status\n      version\n    }\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $period) {\n      year\n      month\n      canEdit\n      orgUnit {\n        id\n        name\n      }\n      indicatorRows {\n        ...IndicatorValuesSection_Row @unmask\n        ...ValueImportButton_Row @unmask\n      }\n      goalRows {\n        ...AssessmentsSection_Goal @unmask\n      }\n      activityRows {\n        ...AssessmentsSection_Activity @unmask\n      }\n    }\n  }\n': typeof types.DataEntryPage_QueryDocument;
  '\n  query EconomyPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        id\n        name\n      }\n      lines {\n        indicator {\n          id\n          code\n          name\n        }\n        outcomeToDate\n        budgetToDate\n        ...FinancialTable_line @unmask\n      }\n      businessAreaResults {\n        ...BusinessAreaResultTable_row @unmask\n      }\n    }\n  }\n': typeof types.EconomyPage_QueryDocument;
  '\n  query FirstRunPage_Query {\n    signInOptions {\n      firstRun\n    }\n  }\n': typeof types.FirstRunPage_QueryDocument;
  '\n  query ForecastAccuracyPage_Years {\n    forecastRoundYears\n  }\n': typeof types.ForecastAccuracyPage_YearsDocument;
  '\n  query ForecastAccuracyPage_Query($orgUnitCode: String!, $year: Int!) {\n    forecastAccuracy(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      orgUnit {\n        id\n        name\n      }\n      rounds {\n        id\n        name\n        asOf\n        isDemoValue\n      }\n      meanAbsolutePercentageError\n      comparedForecasts\n      byRound {\n        round {\n          id\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n      byUnit {\n        orgUnit {\n          id\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n      indicators {\n        indicator {\n          id\n          name\n          unit\n          orgUnit {\n            id\n            name\n          }\n        }\n        outcome\n        outcomeIsSynthetic\n        meanAbsoluteError\n        meanAbsolutePercentageError\n        forecasts {\n          round {\n            id\n          }\n          forecast\n          carriedOver\n          error\n          absoluteError\n          relativeError\n        }\n      }\n    }\n  }\n': typeof types.ForecastAccuracyPage_QueryDocument;
  '\n  query GoalsPage_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n      planner: canPlan\n      canPlan(year: $year)\n      planLock(year: $year)\n      parent {\n        id\n        code\n        name\n      }\n    }\n    viewer {\n      id\n      canAssess: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    perspectives {\n      id\n      name\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      level\n      orgUnit {\n        id\n      }\n      perspective {\n        id\n        name\n      }\n      ...GoalFilter_goal @unmask\n      ...GoalsExport_goal @unmask\n      ...GoalsByPerspective_goal\n    }\n    assignments(orgUnitCode: $orgUnitCode) {\n      id\n      orgUnit {\n        id\n      }\n      ...AssignmentsExport_assignment @unmask\n      ...AssignmentTable_assignment\n    }\n  }\n': typeof types.GoalsPage_QueryDocument;
  '\n  query IndicatorPage_Query(\n    $id: ID!\n    $granularity: Periodicity!\n    $fromYear: Int!\n    $toYear: Int!\n    $compareWith: [String!]!\n  ) {\n    indicator(id: $id) {\n      id\n      name\n      description\n      unit\n      periodicity\n      canSetStatus\n      cumulative\n      levelAggregation\n      orgUnit {\n        id\n        name\n      }\n      ...ThresholdHistorySection_indicator\n      series(granularity: $granularity, fromYear: $fromYear, toYear: $toYear) {\n        ...IndicatorSeries_point @unmask\n      }\n      comparable: sameInOtherUnits {\n        id\n        orgUnit {\n          id\n          code\n          name\n        }\n      }\n      compared: sameInOtherUnits(orgUnitCodes: $compareWith) {\n        id\n        orgUnit {\n          id\n          code\n          name\n        }\n        series(granularity: $granularity, fromYear: $fromYear, toYear: $toYear) {\n          period\n          outcome\n        }\n      }\n    }\n  }\n': typeof types.IndicatorPage_QueryDocument;
  '\n  query OrganisationPage_Query {\n    orgUnits {\n      id\n      ...OrgUnitTree_orgUnit\n      ...OrgUnitImportButton_orgUnit\n    }\n  }\n': typeof types.OrganisationPage_QueryDocument;
  '\n  query OverviewPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      ...EconomyGlance_economy @unmask\n    }\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        id\n        name\n      }\n      attention {\n        ...AttentionSection_attention @unmask\n      }\n      perspectives {\n        perspective {\n          id\n        }\n        ...PerspectiveCard_summary @unmask\n      }\n      keyIndicators {\n        indicator {\n          id\n        }\n        ...KeyIndicatorTile_tile @unmask\n      }\n      redProjects {\n        id\n        name\n        portfolioName\n        statusDate\n        time\n        cost\n        result\n      }\n      changeCount\n      changes(first: 20) {\n        kind\n        id\n        name\n        previous\n        current\n        previousSetByHand\n        currentSetByHand\n        orgUnit {\n          id\n          name\n        }\n      }\n      topRisks {\n        id\n        title\n        categoryName\n        probability\n        consequence\n        score\n        isDemoValue\n      }\n    }\n  }\n': typeof types.OverviewPage_QueryDocument;
  '\n  query PlanPage_Query($orgUnitCode: String!, $year: Int!) {\n    planOfYear(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      lock\n      mayAdopt\n      mayPlan\n      orgUnit {\n        id\n        name\n      }\n      plan {\n        id\n        status\n        ...PlanStatusCard_plan\n        ...PlanHistory_plan\n      }\n    }\n  }\n': typeof types.PlanPage_QueryDocument;
  '\n  query PortfolioPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    portfolioOwningUnits {\n      id\n    }\n    portfolios(orgUnitCode: $orgUnitCode) {\n      id\n      name\n      ...PortfolioSection_portfolio\n      projects: projectsAsOf(month: $upTo) {\n        id\n        ...BoardFilter_project @unmask\n        ...TimelineSection_project\n      }\n    }\n  }\n': typeof types.PortfolioPage_QueryDocument;
  '\n  query ProjectPage_Query($id: ID!, $upTo: MonthInput!) {\n    project(id: $id) {\n      id\n      name\n      description\n      version\n      canEdit\n      state\n      ...ProjectDetailsDialog_project @unmask\n      ...ProjectFacts_project\n      statusUpdates {\n        id\n        ...StatusUpdateHistory_statusUpdate\n        ...ProjectStatusUpdateDialog_startFrom @unmask\n      }\n      stateChanges {\n        id\n        ...StateChangeList_change\n      }\n      moves {\n        id\n        ...ProjectMoveList_move\n      }\n      ...ProjectLineage_project\n    }\n    editablePortfolios {\n      id\n      name\n      orgUnit {\n        id\n      }\n    }\n  }\n': typeof types.ProjectPage_QueryDocument;
  '\n  query ReportPage_Query($id: ID!) {\n    report(id: $id) {\n      id\n      type\n      status\n      version\n      period {\n        year\n        month\n      }\n      frozenAt\n      approvedBy {\n        id\n        name\n      }\n      viewerCanEdit\n      viewerCanApprove\n      orgUnit {\n        id\n        name\n        code\n      }\n      comments {\n        id\n        text\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      comparison {\n        previous {\n          id\n          type\n          period {\n            year\n            month\n          }\n        }\n        colourChanges {\n          kind\n          name\n          previous\n          current\n        }\n        forecastChanges {\n          name\n          unit\n          previous\n          current\n        }\n        assignmentChanges {\n          title\n          previous\n          current\n        }\n      }\n      content {\n        compiledAt\n        isFrozen\n        sections {\n          id\n          kind\n          title\n          perspectiveName\n          analysisText\n          analysisVersion\n          analysisUpdatedAt\n          analysisUpdatedBy {\n            id\n            name\n          }\n          goalSummary {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          goals {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          indicatorTables {\n            periodicity\n            periodLabel\n            previousPeriodLabel\n            hasRolling12\n            rows {\n              indicatorId\n              name\n              unit\n              previousYearOutcome\n              outcome\n              periodTarget\n              fullYearForecast\n              annualTarget\n              rolling12\n              status\n              statusSetByHand\n              isGenerated\n              previousYearIsGenerated\n            }\n          }\n          activities {\n            perspectiveName\n            title\n            endDate\n            status\n            comment\n          }\n          assignments {\n            title\n            source\n            caseNumber\n            dueDate\n            status\n            isOverdue\n            comment\n          }\n          financialLines {\n            name\n            unit\n            previousYearToDate\n            outcomeToDate\n            budgetToDate\n            fullYearForecast\n            fullYearBudget\n            rolledUpFrom\n          }\n          businessAreaResults {\n            name\n            depth\n            isTotal\n            resultToDate\n            fullYearForecast\n            rolledUpFrom\n          }\n          portfolios {\n            name\n            narrative\n            changes\n          }\n          deviatingProjects {\n            portfolioName\n            name\n            state\n            time\n            cost\n            result\n            reportDate\n            deviations {\n              dimension\n              status\n              cause\n              action\n            }\n          }\n          risks {\n            title\n            categoryName\n            probability\n            consequence\n            score\n            mitigations\n            isDemoValue\n          }\n          charts {\n            title\n            kind\n            unit\n            categories\n            generatedCategories\n            series {\n              name\n              values\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ReportPage_QueryDocument;
  '\n  query ReportingDisciplinePage_Query($orgUnitCode: String!, $year: Int!) {\n    reportingDiscipline(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      orgUnit {\n        id\n        name\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n      ...DisciplineMatrix_discipline @unmask\n      ...BehindTables_discipline @unmask\n      ...MissingItemsTable_discipline @unmask\n    }\n  }\n': typeof types.ReportingDisciplinePage_QueryDocument;
  '\n  query ReportsPage_Query($orgUnitCode: String!, $year: Int!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    viewer {\n      id\n      canCreate: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      type\n      status\n      period {\n        year\n        month\n      }\n      createdAt\n      frozenAt\n    }\n  }\n': typeof types.ReportsPage_QueryDocument;
  '\n  query SignInPage_Query {\n    signInOptions {\n      firstRun\n      singleSignOn\n      demoAccounts {\n        email\n        name\n        password\n        roles {\n          role\n          orgUnitName\n        }\n      }\n    }\n  }\n': typeof types.SignInPage_QueryDocument;
  '\n  query TargetsPage_Query($orgUnitCode: String!, $year: Int!, $includeSubunits: Boolean!) {\n    targetSheet(orgUnitCode: $orgUnitCode, year: $year, includeSubunits: $includeSubunits) {\n      year\n      canEdit\n      orgUnit {\n        id\n        name\n      }\n      rows {\n        ...TargetsEditor_Row @unmask\n      }\n    }\n  }\n': typeof types.TargetsPage_QueryDocument;
  '\n  query UsersPage_Query {\n    users {\n      id\n      email\n      name\n      isActive\n      singleSignOn\n      version\n      roles {\n        role\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n': typeof types.UsersPage_QueryDocument;
};
const documents: Documents = {
  '\n  query AppShell_Query {\n    orgUnits {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n      }\n      latestReportMonth {\n        year\n        month\n      }\n    }\n    latestReportMonth {\n      year\n      month\n    }\n  }\n':
    types.AppShell_QueryDocument,
  '\n  query RequireSignIn_Query {\n    viewer {\n      id\n      name\n      isAdministrator\n      roles {\n        role\n      }\n    }\n  }\n':
    types.RequireSignIn_QueryDocument,
  '\n  fragment AssignmentsExport_assignment on Assignment {\n    id\n    title\n    source\n    caseNumber\n    deadline\n    orgUnit {\n      id\n      name\n    }\n    update(upTo: $upTo) {\n      id\n      status\n      comment\n    }\n  }\n':
    types.AssignmentsExport_AssignmentFragmentDoc,
  '\n  mutation ActionStatusDialog_Save($input: AuditActionUpdateInput!) {\n    saveAuditActionUpdate(input: $input) {\n      id\n      status\n      comment\n      version\n    }\n  }\n':
    types.ActionStatusDialog_SaveDocument,
  '\n  mutation AssignmentDialog_Create($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n    }\n  }\n':
    types.AssignmentDialog_CreateDocument,
  '\n  mutation AssignmentDialog_Update($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      title\n      source\n      caseNumber\n      deadline\n      year\n      version\n    }\n  }\n':
    types.AssignmentDialog_UpdateDocument,
  '\n  query AssignmentFollowUp_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!, $before: MonthInput!) {\n    assignments(orgUnitCode: $orgUnitCode) {\n      id\n      year\n      settled: update(upTo: $before) {\n        id\n        status\n      }\n      ...AssignmentTable_assignment\n    }\n    auditReports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      ...AuditReportList_report\n    }\n  }\n':
    types.AssignmentFollowUp_QueryDocument,
  '\n  mutation AssignmentStatusDialog_Save($input: AssignmentUpdateInput!) {\n    saveAssignmentUpdate(input: $input) {\n      id\n      status\n      comment\n      decisionDate\n      decisionCaseNumber\n      version\n    }\n  }\n':
    types.AssignmentStatusDialog_SaveDocument,
  '\n  fragment AssignmentTable_assignment on Assignment {\n    id\n    title\n    source\n    caseNumber\n    deadline\n    year\n    version\n    mayEdit\n    mayReport\n    orgUnit {\n      id\n      name\n    }\n    update(upTo: $upTo) {\n      id\n      year\n      month\n      status\n      comment\n      decisionDate\n      decisionCaseNumber\n      version\n    }\n  }\n':
    types.AssignmentTable_AssignmentFragmentDoc,
  '\n  mutation AuditReportDialog_Create($input: CreateAuditReportInput!) {\n    createAuditReport(input: $input) {\n      id\n    }\n  }\n':
    types.AuditReportDialog_CreateDocument,
  '\n  mutation AuditReportDialog_Update($input: UpdateAuditReportInput!) {\n    updateAuditReport(input: $input) {\n      id\n      title\n      auditor\n      reportDate\n      caseNumber\n      year\n      version\n    }\n  }\n':
    types.AuditReportDialog_UpdateDocument,
  '\n  fragment AuditReportList_report on AuditReport {\n    id\n    title\n    auditor\n    reportDate\n    caseNumber\n    year\n    version\n    mayEdit\n    mayReport\n    orgUnit {\n      id\n      name\n    }\n    recommendations {\n      id\n      recommendation\n      action\n      ownerName\n      ownerUser {\n        id\n        name\n      }\n      dueDate\n      version\n      update(upTo: $upTo) {\n        id\n        year\n        month\n        status\n        comment\n        version\n      }\n    }\n  }\n':
    types.AuditReportList_ReportFragmentDoc,
  '\n  query RecommendationDialog_Owners($orgUnitCode: String!) {\n    auditActionOwnerCandidates(orgUnitCode: $orgUnitCode) {\n      id\n      name\n    }\n  }\n':
    types.RecommendationDialog_OwnersDocument,
  '\n  mutation RecommendationDialog_Create($input: CreateAuditRecommendationInput!) {\n    createAuditRecommendation(input: $input) {\n      id\n    }\n  }\n':
    types.RecommendationDialog_CreateDocument,
  '\n  mutation RecommendationDialog_Update($input: UpdateAuditRecommendationInput!) {\n    updateAuditRecommendation(input: $input) {\n      id\n      recommendation\n      action\n      ownerName\n      ownerUser {\n        id\n        name\n      }\n      dueDate\n      version\n    }\n  }\n':
    types.RecommendationDialog_UpdateDocument,
  '\n  query HistoryDialog_Query($entityType: String!, $entityId: ID!) {\n    history(entityType: $entityType, entityId: $entityId) {\n      id\n      occurredAt\n      operation\n      action\n      author {\n        id\n        name\n      }\n      entityType\n      changes {\n        field\n        oldValue\n        newValue\n        referencedType\n        oldName\n        newName\n      }\n    }\n  }\n':
    types.HistoryDialog_QueryDocument,
  '\n  fragment AssessmentsSection_Goal on DataEntryGoalRow {\n    goal {\n      id\n      title\n      perspective {\n        id\n        name\n      }\n    }\n    assessment {\n      id\n      fulfilment\n      comment\n      version\n    }\n  }\n':
    types.AssessmentsSection_GoalFragmentDoc,
  '\n  fragment AssessmentsSection_Activity on DataEntryActivityRow {\n    activity {\n      id\n      title\n      endDate\n    }\n    update {\n      id\n      status\n      comment\n      version\n    }\n  }\n':
    types.AssessmentsSection_ActivityFragmentDoc,
  '\n  mutation AssessmentsSection_SaveGoal($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      fulfilment\n      comment\n      version\n    }\n  }\n':
    types.AssessmentsSection_SaveGoalDocument,
  '\n  mutation AssessmentsSection_SaveActivity($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      id\n      status\n      comment\n      version\n    }\n  }\n':
    types.AssessmentsSection_SaveActivityDocument,
  '\n  fragment IndicatorValuesSection_Row on DataEntryIndicatorRow {\n    period\n    indicator {\n      id\n      name\n      unit\n      periodicity\n    }\n    value {\n      id\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n      isSynthetic\n      version\n    }\n  }\n':
    types.IndicatorValuesSection_RowFragmentDoc,
  '\n  mutation IndicatorValuesSection_Save($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n      isSynthetic\n      status\n      version\n    }\n  }\n':
    types.IndicatorValuesSection_SaveDocument,
  '\n  fragment BusinessAreaResultTable_row on BusinessAreaResult {\n    orgUnit {\n      id\n      name\n    }\n    isTotal\n    operationsToDate\n    operationsBudgetToDate\n    operationsForecast\n    operationsBudget\n    developmentToDate\n    developmentBudgetToDate\n    developmentForecast\n    developmentBudget\n    rolledUpFrom {\n      id\n      name\n    }\n  }\n':
    types.BusinessAreaResultTable_RowFragmentDoc,
  '\n  fragment FinancialTable_line on FinancialLine {\n    indicator {\n      id\n      code\n      name\n      unit\n    }\n    outcomeToDate\n    budgetToDate\n    deviationToDate\n    fullYearForecast\n    fullYearBudget\n    previousYearToDate\n    status\n    rolledUpFrom {\n      id\n      name\n    }\n  }\n':
    types.FinancialTable_LineFragmentDoc,
  '\n  mutation ForecastRoundsAdmin_Open($input: OpenForecastRoundInput!) {\n    openForecastRound(input: $input) {\n      id\n      name\n      asOf\n      status\n      version\n    }\n  }\n':
    types.ForecastRoundsAdmin_OpenDocument,
  '\n  mutation ForecastRoundsAdmin_Close($input: CloseForecastRoundInput!) {\n    closeForecastRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n':
    types.ForecastRoundsAdmin_CloseDocument,
  '\n  query RoundForecastsSection_Query($id: ID!, $year: Int!) {\n    indicator(id: $id) {\n      id\n      roundForecasts(year: $year) {\n        round {\n          id\n          name\n          asOf\n          status\n        }\n        fullYearForecast\n        carriedOver\n        changeFromPrevious\n        comment\n      }\n    }\n  }\n':
    types.RoundForecastsSection_QueryDocument,
  '\n  query YearEndProjectionSection_Query($id: ID!, $upTo: MonthInput!) {\n    indicator(id: $id) {\n      id\n      yearEndProjection(upTo: $upTo) {\n        projectedOutcome\n        method\n        basedOnMonth\n        lastYearShare\n        humanForecast\n        difference\n        relativeDifference\n        differsFromForecast\n        tolerance\n        usesGeneratedValues\n      }\n    }\n  }\n':
    types.YearEndProjectionSection_QueryDocument,
  '\n  query ActivityDialog_OwnerOptions($orgUnitId: ID!) {\n    activityOwnerOptions(orgUnitId: $orgUnitId) {\n      id\n      name\n    }\n  }\n':
    types.ActivityDialog_OwnerOptionsDocument,
  '\n  mutation ActivityDialog_Create($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n':
    types.ActivityDialog_CreateDocument,
  '\n  mutation ActivityDialog_Update($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      description\n      owner\n      ownerId\n      startDate\n      endDate\n      version\n    }\n  }\n':
    types.ActivityDialog_UpdateDocument,
  '\n  fragment ActivityTable_activity on Activity {\n    id\n    title\n    description\n    owner\n    ownerId\n    startDate\n    endDate\n    version\n    update(upTo: $upTo) {\n      id\n      status\n      comment\n    }\n  }\n':
    types.ActivityTable_ActivityFragmentDoc,
  '\n  mutation AssessmentDialog_Save($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      goalId\n      year\n      month\n      fulfilment\n      comment\n      version\n    }\n  }\n':
    types.AssessmentDialog_SaveDocument,
  '\n  query CouncilGoalMatrix_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      level\n      title\n      orgUnit {\n        id\n      }\n      perspective {\n        id\n        name\n      }\n      children {\n        id\n        title\n        orgUnit {\n          id\n          name\n        }\n        assessment(upTo: $upTo) {\n          id\n          fulfilment\n        }\n      }\n    }\n  }\n':
    types.CouncilGoalMatrix_QueryDocument,
  '\n  fragment GoalCard_goal on Goal {\n    id\n    title\n    description\n    level\n    year\n    canPlan\n    version\n    perspective {\n      id\n    }\n    orgUnit {\n      id\n      code\n      name\n    }\n    parents {\n      id\n      title\n      level\n    }\n    activities {\n      id\n      ...ActivityTable_activity\n    }\n    assessment(upTo: $upTo) {\n      id\n      year\n      month\n      fulfilment\n      comment\n      version\n    }\n    indicators {\n      id\n      ...IndicatorTable_indicator\n    }\n  }\n':
    types.GoalCard_GoalFragmentDoc,
  '\n  query GoalDialog_ParentOptions($orgUnitId: ID!, $year: Int!) {\n    goalParentOptions(orgUnitId: $orgUnitId, year: $year) {\n      id\n      title\n      level\n      perspective {\n        id\n        name\n      }\n    }\n  }\n':
    types.GoalDialog_ParentOptionsDocument,
  '\n  mutation GoalDialog_Create($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n':
    types.GoalDialog_CreateDocument,
  '\n  mutation GoalDialog_Update($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n':
    types.GoalDialog_UpdateDocument,
  '\n  query GoalIndicatorsDialog_Library($filter: IndicatorLibraryFilter!) {\n    indicatorLibrary(filter: $filter) {\n      id\n      code\n      name\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n':
    types.GoalIndicatorsDialog_LibraryDocument,
  '\n  mutation GoalIndicatorsDialog_Save($input: SetGoalIndicatorsInput!) {\n    setGoalIndicators(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.GoalIndicatorsDialog_SaveDocument,
  '\n  mutation GoalPlanMenu_Move($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.GoalPlanMenu_MoveDocument,
  '\n  fragment GoalsByPerspective_goal on Goal {\n    id\n    level\n    title\n    description\n    year\n    version\n    canPlan\n    perspective {\n      id\n      name\n    }\n    orgUnit {\n      id\n      code\n    }\n    parents {\n      id\n      title\n      level\n    }\n    indicators {\n      id\n    }\n    ...GoalCard_goal\n  }\n':
    types.GoalsByPerspective_GoalFragmentDoc,
  '\n  fragment IndicatorTable_indicator on Indicator {\n    id\n    name\n    unit\n    periodicity\n    latestValue(upTo: $upTo) {\n      id\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      isSynthetic\n      status\n      statusOverride\n    }\n  }\n':
    types.IndicatorTable_IndicatorFragmentDoc,
  '\n  mutation RetireDialog_Goal($input: SetGoalRetiredInput!) {\n    setGoalRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n':
    types.RetireDialog_GoalDocument,
  '\n  mutation RetireDialog_Activity($input: SetActivityRetiredInput!) {\n    setActivityRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n':
    types.RetireDialog_ActivityDocument,
  '\n  fragment GoalFilter_goal on Goal {\n    id\n    perspective {\n      id\n    }\n    indicators {\n      id\n      periodicity\n      latestValue(upTo: $upTo) {\n        id\n        period\n        status\n      }\n    }\n  }\n':
    types.GoalFilter_GoalFragmentDoc,
  '\n  fragment GoalsExport_goal on Goal {\n    id\n    level\n    title\n    perspective {\n      id\n      name\n    }\n    parents {\n      id\n      title\n    }\n    orgUnit {\n      id\n      name\n    }\n    assessment(upTo: $upTo) {\n      id\n      fulfilment\n      comment\n    }\n  }\n':
    types.GoalsExport_GoalFragmentDoc,
  '\n  query AlsoMeasuredBy_Query($code: String!) {\n    indicatorsByCode(code: $code) {\n      id\n      ...IndicatorForm_definition @unmask\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n':
    types.AlsoMeasuredBy_QueryDocument,
  '\n  fragment IndicatorDialog_indicator on Indicator {\n    id\n    ...IndicatorForm_definition @unmask\n    hasValues\n    version\n  }\n':
    types.IndicatorDialog_IndicatorFragmentDoc,
  '\n  mutation IndicatorForm_Create($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n    }\n  }\n':
    types.IndicatorForm_CreateDocument,
  '\n  mutation IndicatorForm_Update($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      ...IndicatorDialog_indicator\n    }\n  }\n':
    types.IndicatorForm_UpdateDocument,
  '\n  query IndicatorLibrary_Query($filter: IndicatorLibraryFilter!, $orgUnitCode: String!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    orgUnits {\n      id\n      name\n    }\n    perspectives {\n      id\n      name\n    }\n    indicatorOwnerOptions {\n      id\n      name\n    }\n    indicatorLibrary(filter: $filter) {\n      id\n      ...IndicatorLibraryTable_indicator\n      ...IndicatorDialog_indicator\n    }\n  }\n':
    types.IndicatorLibrary_QueryDocument,
  '\n  fragment IndicatorLibraryTable_indicator on Indicator {\n    id\n    code\n    name\n    unit\n    periodicity\n    direction\n    cumulative\n    thresholdKind\n    yellowThreshold\n    redThreshold\n    isKey\n    externalCode\n    retiredAt\n    version\n    owner {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n  }\n':
    types.IndicatorLibraryTable_IndicatorFragmentDoc,
  '\n  mutation RetireIndicatorButton_SetRetired($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n':
    types.RetireIndicatorButton_SetRetiredDocument,
  '\n  fragment IndicatorForm_definition on Indicator {\n    code\n    name\n    description\n    dataSource\n    externalCode\n    unit\n    periodicity\n    direction\n    cumulative\n    levelAggregation\n    unitRollup\n    thresholdKind\n    yellowThreshold\n    redThreshold\n    isKey\n    owner {\n      id\n    }\n    orgUnit {\n      id\n    }\n  }\n':
    types.IndicatorForm_DefinitionFragmentDoc,
  '\n  fragment ThresholdHistorySection_indicator on Indicator {\n    id\n    unit\n    thresholdHistory {\n      fromMonth\n      thresholdKind\n      yellowThreshold\n      redThreshold\n      changedAt\n      changedBy\n    }\n  }\n':
    types.ThresholdHistorySection_IndicatorFragmentDoc,
  '\n  query ValueStatusDialog_Query($id: ID!, $period: String!) {\n    indicator(id: $id) {\n      id\n      value(period: $period) {\n        id\n        version\n        status\n        ruleStatus\n        statusOverride\n        statusOverrideReason\n        period\n      }\n    }\n  }\n':
    types.ValueStatusDialog_QueryDocument,
  '\n  mutation ValueStatusDialog_Save($input: SetIndicatorValueStatusInput!) {\n    setIndicatorValueStatus(input: $input) {\n      id\n      version\n      status\n      ruleStatus\n      statusOverride\n      statusOverrideReason\n      period\n    }\n  }\n':
    types.ValueStatusDialog_SaveDocument,
  '\n  fragment IndicatorSeries_point on SeriesPoint {\n    period\n    outcome\n    target\n    fullYearForecast\n    rolling12\n    previousYearOutcome\n    isSynthetic\n    status\n    statusOverrideReason\n  }\n':
    types.IndicatorSeries_PointFragmentDoc,
  '\n  mutation CloseOrgUnitDialog_Close($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      id\n      validTo\n      isClosed\n      version\n    }\n  }\n':
    types.CloseOrgUnitDialog_CloseDocument,
  '\n  mutation CreateOrgUnitDialog_Create($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.CreateOrgUnitDialog_CreateDocument,
  '\n  mutation MoveOrgUnitDialog_Move($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.MoveOrgUnitDialog_MoveDocument,
  '\n  fragment OrgUnitImportButton_orgUnit on OrgUnit {\n    id\n    code\n    name\n    kind\n    isClosed\n    parent {\n      id\n      code\n    }\n  }\n':
    types.OrgUnitImportButton_OrgUnitFragmentDoc,
  '\n  fragment OrgUnitTree_orgUnit on OrgUnit {\n    id\n    code\n    name\n    kind\n    validFrom\n    validTo\n    isClosed\n    mayAdminister\n    version\n    parent {\n      id\n    }\n  }\n':
    types.OrgUnitTree_OrgUnitFragmentDoc,
  '\n  mutation RenameOrgUnitDialog_Rename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n':
    types.RenameOrgUnitDialog_RenameDocument,
  '\n  fragment AttentionSection_attention on Attention {\n    redIndicators {\n      id\n      name\n      newlyRed\n      statusSetByHand\n      since\n      orgUnit {\n        id\n        name\n      }\n    }\n    notReportedIndicators {\n      id\n      name\n      since\n      orgUnit {\n        id\n        name\n      }\n    }\n    overdueAssignments {\n      id\n      title\n      caseNumber\n      deadline\n      orgUnit {\n        id\n        name\n      }\n    }\n    overdueAuditActions {\n      id\n      recommendation\n      auditReportTitle\n      dueDate\n      orgUnit {\n        id\n        name\n      }\n    }\n    redProjects {\n      id\n      name\n      portfolioName\n      statusDate\n      time\n      cost\n      result\n    }\n    risksAboveTolerance {\n      id\n      title\n      score\n      probability\n      consequence\n      isDemoValue\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n':
    types.AttentionSection_AttentionFragmentDoc,
  '\n  fragment EconomyGlance_economy on Economy {\n    lines {\n      indicator {\n        id\n        code\n        name\n        unit\n      }\n      outcomeToDate\n      budgetToDate\n      fullYearForecast\n      fullYearBudget\n      rolledUpFrom {\n        id\n        name\n      }\n    }\n    businessAreaResults {\n      ...BusinessAreaResultTable_row @unmask\n    }\n  }\n':
    types.EconomyGlance_EconomyFragmentDoc,
  '\n  fragment KeyIndicatorTile_tile on KeyIndicator {\n    indicator {\n      id\n      name\n      unit\n    }\n    figures {\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n    }\n    rollup\n    rolledUpFrom {\n      id\n      name\n    }\n    ...UnitFigureList_tile @unmask\n    status\n    statusSetByHand\n    isReported\n    changeFromPreviousYear\n    trend\n  }\n':
    types.KeyIndicatorTile_TileFragmentDoc,
  '\n  fragment PerspectiveCard_summary on PerspectiveSummary {\n    perspective {\n      id\n      name\n    }\n    goalsFulfilled\n    goalsPartlyFulfilled\n    goalsNotFulfilled\n    goalsNotAssessed\n    indicatorsGreen\n    indicatorsYellow\n    indicatorsRed\n    indicatorsNotReported\n    councilGoals\n  }\n':
    types.PerspectiveCard_SummaryFragmentDoc,
  '\n  fragment UnitFigureList_tile on KeyIndicator {\n    indicator {\n      id\n      unit\n    }\n    unitFigures {\n      orgUnit {\n        id\n        name\n      }\n      period\n      outcome\n      status\n      statusSetByHand\n    }\n  }\n':
    types.UnitFigureList_TileFragmentDoc,
  '\n  mutation PerspectiveDialog_Create($input: CreatePerspectiveInput!) {\n    createPerspective(input: $input) {\n      id\n      year\n      name\n    }\n  }\n':
    types.PerspectiveDialog_CreateDocument,
  '\n  mutation PerspectiveDialog_Update($input: UpdatePerspectiveInput!) {\n    updatePerspective(input: $input) {\n      id\n      year\n      name\n      description\n      version\n    }\n  }\n':
    types.PerspectiveDialog_UpdateDocument,
  '\n  fragment PerspectiveList_perspective on Perspective {\n    id\n    year\n    name\n    description\n    sortOrder\n    version\n  }\n':
    types.PerspectiveList_PerspectiveFragmentDoc,
  '\n  mutation PerspectiveList_Reorder($input: ReorderPerspectivesInput!) {\n    reorderPerspectives(input: $input) {\n      id\n      year\n      sortOrder\n    }\n  }\n':
    types.PerspectiveList_ReorderDocument,
  '\n  query PerspectivesAdmin_Query($year: Int!) {\n    perspectives(year: $year) {\n      id\n      year\n      ...PerspectiveList_perspective\n    }\n  }\n':
    types.PerspectivesAdmin_QueryDocument,
  '\n  mutation PerspectivesAdmin_Copy($input: CopyPerspectivesInput!) {\n    copyPerspectivesFromPreviousYear(input: $input) {\n      id\n      year\n    }\n  }\n':
    types.PerspectivesAdmin_CopyDocument,
  '\n  mutation RemovePerspectiveDialog_Remove($input: RemovePerspectiveInput!) {\n    removePerspective(input: $input) {\n      id\n      year\n    }\n  }\n':
    types.RemovePerspectiveDialog_RemoveDocument,
  '\n  mutation AdoptPlanDialog_Adopt($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      id\n      ...PlanHistory_plan\n      ...PlanStatusCard_plan\n    }\n  }\n':
    types.AdoptPlanDialog_AdoptDocument,
  '\n  mutation OpenRevisionDialog_Open($input: OpenPlanRevisionInput!) {\n    openPlanRevision(input: $input) {\n      id\n      ...PlanHistory_plan\n      ...PlanStatusCard_plan\n    }\n  }\n':
    types.OpenRevisionDialog_OpenDocument,
  '\n  fragment PlanChangeList_Change on PlanChange {\n    kind\n    subject\n    object\n    before\n    after\n    targetField\n    beforeValue\n    afterValue\n  }\n':
    types.PlanChangeList_ChangeFragmentDoc,
  '\n  fragment PlanHistory_plan on Plan {\n    id\n    status\n    revision\n    draftChanges {\n      ...PlanChangeList_Change @unmask\n    }\n    revisions {\n      id\n      number\n      decisionDate\n      caseNumber\n      adoptedBy {\n        id\n        name\n      }\n      changes {\n        ...PlanChangeList_Change @unmask\n      }\n    }\n  }\n':
    types.PlanHistory_PlanFragmentDoc,
  '\n  fragment PlanStatusCard_plan on Plan {\n    id\n    status\n    revision\n    decisionDate\n    caseNumber\n    rolledOverFromYear\n    version\n  }\n':
    types.PlanStatusCard_PlanFragmentDoc,
  '\n  query RollOverDialog_Preview($orgUnitId: ID!, $fromYear: Int!) {\n    rollOverPreview(orgUnitId: $orgUnitId, fromYear: $fromYear) {\n      fromYear\n      toYear\n      goals {\n        goalId\n        title\n        alreadyCarried\n        perspective {\n          id\n          year\n          name\n        }\n        goalLinks {\n          fromTitle\n          toGoalId\n          toTitle\n          matchedBy\n        }\n      }\n      indicatorLinks {\n        goalId\n        goalTitle\n        indicatorId\n        indicatorName\n        alreadyCarried\n      }\n      activities {\n        activityId\n        title\n        goalTitle\n        status\n        alreadyCarried\n      }\n      assignments {\n        assignmentId\n        title\n        caseNumber\n        status\n      }\n      targets {\n        indicatorId\n        indicatorName\n        periods\n        annualTarget\n        alreadyCarried\n      }\n    }\n  }\n':
    types.RollOverDialog_PreviewDocument,
  '\n  mutation RollOverDialog_Commit($input: CommitRollOverInput!) {\n    commitRollOver(input: $input) {\n      id\n      year\n      status\n    }\n  }\n':
    types.RollOverDialog_CommitDocument,
  "\n  fragment BoardFilter_project on Project {\n    id\n    name\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n    }\n  }\n":
    types.BoardFilter_ProjectFragmentDoc,
  '\n  query MergeProjectsDialog_Query {\n    editablePortfolios {\n      id\n      name\n      projects {\n        id\n        name\n        state\n        version\n      }\n    }\n  }\n':
    types.MergeProjectsDialog_QueryDocument,
  '\n  mutation MergeProjectsDialog_Merge($input: MergeProjectsInput!) {\n    mergeProjects(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.MergeProjectsDialog_MergeDocument,
  '\n  mutation MoveProjectDialog_Move($input: ProjectMoveInput!) {\n    moveProject(input: $input) {\n      id\n      version\n      portfolio {\n        id\n        name\n      }\n    }\n  }\n':
    types.MoveProjectDialog_MoveDocument,
  '\n  query PersonField_Options($orgUnitId: ID!) {\n    portfolioPersonOptions(orgUnitId: $orgUnitId) {\n      id\n      name\n    }\n  }\n':
    types.PersonField_OptionsDocument,
  '\n  query PortfolioFormDialog_Units {\n    portfolioOwningUnits {\n      id\n      name\n    }\n  }\n':
    types.PortfolioFormDialog_UnitsDocument,
  '\n  mutation PortfolioFormDialog_Create($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.PortfolioFormDialog_CreateDocument,
  '\n  mutation PortfolioFormDialog_Update($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      id\n      name\n      owner\n      ownerUserId\n      statusUpdateIntervalWeeks\n      version\n    }\n  }\n':
    types.PortfolioFormDialog_UpdateDocument,
  '\n  mutation PortfolioPeriodStatusDialog_Save($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      id\n      year\n      month\n      narrative\n      changes\n      version\n    }\n  }\n':
    types.PortfolioPeriodStatusDialog_SaveDocument,
  '\n  fragment PortfolioSection_portfolio on Portfolio {\n    id\n    name\n    canEdit\n    statusUpdateIntervalWeeks\n    owner\n    ownerUserId\n    orgUnit {\n      id\n    }\n    version\n    overdueActions(upTo: $upTo) {\n      project {\n        id\n      }\n    }\n    ...PortfolioSummary_portfolio\n    periodStatus(upTo: $upTo) {\n      id\n      year\n      month\n      narrative\n      changes\n      version\n    }\n    # The projects that belonged to the portfolio at the end of the month viewed.\n    projects: projectsAsOf(month: $upTo) {\n      id\n      ...BoardFilter_project @unmask\n      ...ProjectBoardExport_project @unmask\n      ...ProjectBoardTable_project\n      ...ProjectBoardColumns_project\n    }\n  }\n':
    types.PortfolioSection_PortfolioFragmentDoc,
  '\n  fragment PortfolioSummary_portfolio on Portfolio {\n    id\n    name\n    owner\n    budget {\n      budgetTkr\n      costToDateTkr\n      projectsWithoutBudget\n      forecastTkr\n      projectsWithoutForecast\n    }\n    overdueActions(upTo: $upTo) {\n      dimension\n      action\n      actionOwner\n      actionDueDate\n      project {\n        id\n        name\n      }\n    }\n  }\n':
    types.PortfolioSummary_PortfolioFragmentDoc,
  "\n  fragment ProjectBoardColumns_project on Project {\n    id\n    name\n    phase\n    # As the board's other views: the state at the end of the month viewed.\n    state: stateAsOf(month: $upTo)\n    version\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        time\n        cost\n        result\n      }\n    }\n  }\n":
    types.ProjectBoardColumns_ProjectFragmentDoc,
  '\n  mutation ProjectBoardColumns_ChangePhase($input: ProjectPhaseChangeInput!) {\n    changeProjectPhase(input: $input) {\n      id\n      phase\n      version\n    }\n  }\n':
    types.ProjectBoardColumns_ChangePhaseDocument,
  "\n  fragment ProjectBoardTable_project on Project {\n    id\n    name\n    phase\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    pausedUntil\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n      statusUpdatesSinceColourChange\n      noRecentStatusUpdate\n    }\n  }\n":
    types.ProjectBoardTable_ProjectFragmentDoc,
  '\n  mutation ProjectCreateDialog_Create($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.ProjectCreateDialog_CreateDocument,
  '\n  mutation ProjectDetailsDialog_Save($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.ProjectDetailsDialog_SaveDocument,
  '\n  fragment ProjectDetailsDialog_project on Project {\n    id\n    name\n    description\n    owner\n    ownerUserId\n    manager\n    managerUserId\n    phase\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    budgetTkr\n    costToDateTkr\n    forecastTkr\n    version\n    portfolio {\n      id\n      orgUnit {\n        id\n      }\n    }\n  }\n':
    types.ProjectDetailsDialog_ProjectFragmentDoc,
  "\n  fragment ProjectFacts_project on Project {\n    id\n    owner\n    manager\n    phase\n    # State and portfolio at the end of the month viewed (the page's other parts show today's).\n    stateThen: stateAsOf(month: $upTo)\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    pausedUntil\n    budgetTkr\n    costToDateTkr\n    forecastTkr\n    portfolioThen: portfolioAsOf(month: $upTo) {\n      id\n      name\n    }\n  }\n":
    types.ProjectFacts_ProjectFragmentDoc,
  '\n  fragment ProjectLineage_project on Project {\n    id\n    origins {\n      id\n      kind\n      occurredOn\n      project {\n        id\n        name\n      }\n    }\n    successors {\n      id\n      kind\n      occurredOn\n      project {\n        id\n        name\n      }\n    }\n  }\n':
    types.ProjectLineage_ProjectFragmentDoc,
  '\n  fragment ProjectMoveList_move on ProjectMove {\n    id\n    movedOn\n    reason\n    fromPortfolio {\n      id\n      name\n    }\n    toPortfolio {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n  }\n':
    types.ProjectMoveList_MoveFragmentDoc,
  '\n  fragment ProjectStatusUpdateDialog_startFrom on ProjectStatusUpdate {\n    time\n    cost\n    result\n    deviations {\n      dimension\n      cause\n      action\n      actionOwner\n      actionOwnerUserId\n      actionDueDate\n    }\n  }\n':
    types.ProjectStatusUpdateDialog_StartFromFragmentDoc,
  '\n  mutation ProjectStatusUpdateDialog_Add($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      id\n      statusDate\n    }\n  }\n':
    types.ProjectStatusUpdateDialog_AddDocument,
  '\n  mutation SplitProjectDialog_Split($input: SplitProjectInput!) {\n    splitProject(input: $input) {\n      id\n      version\n      state\n    }\n  }\n':
    types.SplitProjectDialog_SplitDocument,
  '\n  mutation StateChangeDialog_Change($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      id\n      state\n      pausedUntil\n      version\n    }\n  }\n':
    types.StateChangeDialog_ChangeDocument,
  '\n  fragment StateChangeList_change on ProjectStateChange {\n    id\n    fromState\n    toState\n    reason\n    changedOn\n    author {\n      id\n      name\n    }\n  }\n':
    types.StateChangeList_ChangeFragmentDoc,
  '\n  fragment StatusUpdateHistory_statusUpdate on ProjectStatusUpdate {\n    id\n    statusDate\n    time\n    cost\n    result\n    comment\n    author {\n      id\n      name\n    }\n    deviations {\n      dimension\n      cause\n      action\n      actionOwner\n      actionDueDate\n    }\n  }\n':
    types.StatusUpdateHistory_StatusUpdateFragmentDoc,
  "\n  fragment TimelineSection_project on Project {\n    id\n    name\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    pausedUntil\n    stateChanges {\n      id\n      toState\n      changedOn\n    }\n    statusUpdates {\n      id\n      statusDate\n    }\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n    }\n  }\n":
    types.TimelineSection_ProjectFragmentDoc,
  "\n  fragment ProjectBoardExport_project on Project {\n    id\n    name\n    phase\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    pausedUntil\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n      statusUpdatesSinceColourChange\n      noRecentStatusUpdate\n    }\n  }\n":
    types.ProjectBoardExport_ProjectFragmentDoc,
  '\n  query ReminderSettingsForm_Query {\n    myReminderSettings {\n      frequency\n      version\n    }\n  }\n':
    types.ReminderSettingsForm_QueryDocument,
  '\n  mutation ReminderSettingsForm_Save($input: SetReminderFrequencyInput!) {\n    setReminderFrequency(input: $input) {\n      frequency\n      version\n    }\n  }\n':
    types.ReminderSettingsForm_SaveDocument,
  '\n  query SendLog_Query($status: ReminderMailStatus) {\n    reminderMails(status: $status, first: 100) {\n      id\n      kind\n      recipientName\n      recipient\n      subject\n      itemCount\n      status\n      attempts\n      nextAttemptAt\n      lastError\n      sentAt\n      createdAt\n    }\n  }\n':
    types.SendLog_QueryDocument,
  '\n  mutation SendLog_Retry($input: RetryReminderMailInput!) {\n    retryReminderMail(input: $input) {\n      id\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n':
    types.SendLog_RetryDocument,
  '\n  mutation PeriodDeadlineDialog_Move($input: SetReportingPeriodDeadlineInput!) {\n    setReportingPeriodDeadline(input: $input) {\n      id\n      deadline\n      deadlineMoved\n      version\n    }\n  }\n':
    types.PeriodDeadlineDialog_MoveDocument,
  '\n  mutation PeriodDeadlineDialog_SetLevel($input: SetReportingLevelDeadlineInput!) {\n    setReportingLevelDeadline(input: $input) {\n      id\n      levelDeadlines {\n        level\n        deadline\n      }\n      version\n    }\n  }\n':
    types.PeriodDeadlineDialog_SetLevelDocument,
  '\n  mutation PeriodStatusDialog_Close($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      id\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n':
    types.PeriodStatusDialog_CloseDocument,
  '\n  mutation PeriodStatusDialog_Reopen($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      id\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n':
    types.PeriodStatusDialog_ReopenDocument,
  '\n  query ReportingCalendarAdmin_Query($year: Int!) {\n    orgUnits {\n      id\n      kind\n    }\n    reportingCalendar(year: $year) {\n      id\n      orgUnitId\n      year\n      workingDaysAfterPeriodEnd\n      version\n      periods {\n        id\n        ...ReportingPeriodsTable_period\n      }\n    }\n  }\n':
    types.ReportingCalendarAdmin_QueryDocument,
  '\n  mutation ReportingCalendarAdmin_Generate($input: GenerateReportingCalendarInput!) {\n    generateReportingCalendar(input: $input) {\n      id\n      workingDaysAfterPeriodEnd\n      version\n    }\n  }\n':
    types.ReportingCalendarAdmin_GenerateDocument,
  '\n  fragment ReportingPeriodsTable_period on ReportingPeriod {\n    id\n    kind\n    number\n    year\n    endDate\n    deadline\n    ruleDeadline\n    deadlineMoved\n    levelDeadlines {\n      level\n      deadline\n    }\n    status\n    statusReason\n    version\n  }\n':
    types.ReportingPeriodsTable_PeriodFragmentDoc,
  '\n  fragment BehindTables_discipline on ReportingDiscipline {\n    unitsBehind {\n      orgUnit {\n        id\n        name\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n    }\n    ownersBehind {\n      userId\n      name\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n    }\n  }\n':
    types.BehindTables_DisciplineFragmentDoc,
  '\n  fragment DisciplineMatrix_discipline on ReportingDiscipline {\n    year\n    periods {\n      key\n      kind\n      year\n      number\n      inProgress\n    }\n    units {\n      orgUnit {\n        id\n        name\n      }\n      cells {\n        periodKey\n        deadline\n        inProgress\n        counts {\n          onTime\n          late\n          missing\n          pending\n          total\n        }\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n    }\n  }\n':
    types.DisciplineMatrix_DisciplineFragmentDoc,
  '\n  fragment MissingItemsTable_discipline on ReportingDiscipline {\n    missing {\n      key\n      kind\n      title\n      orgUnit {\n        id\n        name\n      }\n      period {\n        key\n        kind\n        year\n        number\n      }\n      deadline\n      responsible\n      link\n    }\n  }\n':
    types.MissingItemsTable_DisciplineFragmentDoc,
  '\n  mutation CreateReportDialog_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n':
    types.CreateReportDialog_CreateDocument,
  '\n  mutation ReportWorkflow_Submit($input: ReportTransitionInput!) {\n    submitReport(input: $input) {\n      id\n      status\n      version\n    }\n  }\n':
    types.ReportWorkflow_SubmitDocument,
  '\n  mutation ReportWorkflow_SendBack($input: SendBackReportInput!) {\n    sendBackReport(input: $input) {\n      id\n      status\n      version\n    }\n  }\n':
    types.ReportWorkflow_SendBackDocument,
  '\n  mutation ReportWorkflow_Approve($input: ReportTransitionInput!) {\n    approveReport(input: $input) {\n      id\n      status\n      version\n    }\n  }\n':
    types.ReportWorkflow_ApproveDocument,
  '\n  mutation SectionAnalysis_Save($input: SaveReportSectionTextInput!) {\n    saveReportSectionText(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.SectionAnalysis_SaveDocument,
  '\n  mutation ControlDialog_Create($input: CreateControlInput!) {\n    createInternalControl(input: $input) {\n      id\n    }\n  }\n':
    types.ControlDialog_CreateDocument,
  '\n  mutation ControlDialog_Update($input: UpdateControlInput!) {\n    updateInternalControl(input: $input) {\n      id\n      title\n      method\n      frequency\n      performedBy\n      version\n    }\n  }\n':
    types.ControlDialog_UpdateDocument,
  '\n  query ControlFollowUp_Query($orgUnitCode: String!, $year: Int!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    viewer {\n      id\n      canEdit: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      orgUnit {\n        id\n      }\n    }\n    internalControls(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      method\n      frequency\n      performedBy\n      version\n      orgUnit {\n        id\n        name\n      }\n      risk {\n        id\n        title\n      }\n      results(year: $year) {\n        id\n        month\n        performed\n        outcome\n        description\n        followUpAction\n        isDemoValue\n        version\n      }\n    }\n  }\n':
    types.ControlFollowUp_QueryDocument,
  '\n  mutation ControlResultDialog_Record($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      id\n      month\n      performed\n      outcome\n      description\n      followUpAction\n      isDemoValue\n      version\n    }\n  }\n':
    types.ControlResultDialog_RecordDocument,
  '\n  mutation MitigationDialog_Add($input: AddMitigationInput!) {\n    addMitigation(input: $input) {\n      id\n    }\n  }\n':
    types.MitigationDialog_AddDocument,
  '\n  mutation MitigationDialog_Update($input: UpdateMitigationInput!) {\n    updateMitigation(input: $input) {\n      id\n      title\n      responsible\n      dueDate\n      status\n      version\n    }\n  }\n':
    types.MitigationDialog_UpdateDocument,
  '\n  mutation RemoveRiskCategoryDialog_Remove($input: RemoveRiskCategoryInput!) {\n    removeRiskCategory(input: $input) {\n      id\n    }\n  }\n':
    types.RemoveRiskCategoryDialog_RemoveDocument,
  '\n  mutation RiskCategoryDialog_Create($input: CreateRiskCategoryInput!) {\n    createRiskCategory(input: $input) {\n      id\n      name\n      sortOrder\n      retired\n      riskCount\n      version\n    }\n  }\n':
    types.RiskCategoryDialog_CreateDocument,
  '\n  mutation RiskCategoryDialog_Update($input: UpdateRiskCategoryInput!) {\n    updateRiskCategory(input: $input) {\n      id\n      name\n      retired\n      version\n    }\n  }\n':
    types.RiskCategoryDialog_UpdateDocument,
  '\n  fragment RiskCategoryList_category on RiskCategory {\n    id\n    name\n    sortOrder\n    retired\n    riskCount\n    version\n  }\n':
    types.RiskCategoryList_CategoryFragmentDoc,
  '\n  mutation RiskCategoryList_Reorder($input: ReorderRiskCategoriesInput!) {\n    reorderRiskCategories(input: $input) {\n      id\n      sortOrder\n      version\n    }\n  }\n':
    types.RiskCategoryList_ReorderDocument,
  '\n  fragment RiskDetailsDialog_risk on Risk {\n    id\n    title\n    description\n    owner\n    version\n    category {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n    valuation(upTo: $upTo) {\n      id\n      valuedOn\n      probability\n      consequence\n      score\n      isDemoValue\n    }\n    valuations {\n      id\n      valuedOn\n      probability\n      consequence\n      score\n      reasoning\n      isDemoValue\n      createdBy {\n        id\n        name\n      }\n    }\n    mitigations {\n      id\n      title\n      responsible\n      dueDate\n      status\n      isOverdue(upTo: $upTo)\n      version\n    }\n    controls {\n      id\n      title\n      frequency\n    }\n  }\n':
    types.RiskDetailsDialog_RiskFragmentDoc,
  '\n  mutation RiskDialog_Create($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n    }\n  }\n':
    types.RiskDialog_CreateDocument,
  '\n  mutation RiskDialog_Update($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      id\n      title\n      description\n      owner\n      category {\n        id\n        name\n      }\n      version\n    }\n  }\n':
    types.RiskDialog_UpdateDocument,
  '\n  query RiskRegister_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    viewer {\n      id\n      canEdit: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    riskScaleMax(orgUnitCode: $orgUnitCode)\n    riskCategories {\n      id\n      name\n      retired\n    }\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      owner\n      category {\n        id\n      }\n      orgUnit {\n        id\n        name\n      }\n      valuation(upTo: $upTo) {\n        id\n        probability\n        consequence\n        score\n      }\n      ...RiskExport_risk @unmask\n      ...RiskTable_risk\n      ...RiskDetailsDialog_risk\n    }\n  }\n':
    types.RiskRegister_QueryDocument,
  '\n  mutation RiskScaleForm_Save($input: SetRiskScaleInput!) {\n    setRiskScale(input: $input) {\n      max\n      largestValued\n    }\n  }\n':
    types.RiskScaleForm_SaveDocument,
  '\n  query RiskSettingsAdmin_Query {\n    riskScale {\n      max\n      largestValued\n    }\n    riskCategories {\n      id\n      ...RiskCategoryList_category\n    }\n  }\n':
    types.RiskSettingsAdmin_QueryDocument,
  '\n  fragment RiskTable_risk on Risk {\n    id\n    title\n    owner\n    category {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n    valuation(upTo: $upTo) {\n      id\n      probability\n      consequence\n      score\n      isDemoValue\n    }\n    mitigations {\n      id\n    }\n    hasOverdueMitigations(upTo: $upTo)\n  }\n':
    types.RiskTable_RiskFragmentDoc,
  '\n  mutation ValuationDialog_Add($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      id\n    }\n  }\n':
    types.ValuationDialog_AddDocument,
  '\n  fragment RiskExport_risk on Risk {\n    id\n    title\n    owner\n    category {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n    valuation(upTo: $upTo) {\n      id\n      probability\n      consequence\n      score\n    }\n    mitigations {\n      id\n      title\n    }\n    hasOverdueMitigations(upTo: $upTo)\n  }\n':
    types.RiskExport_RiskFragmentDoc,
  '\n  fragment TargetsEditor_Row on TargetRow {\n    indicator {\n      id\n      name\n      unit\n      periodicity\n      cumulative\n      kind\n      orgUnit {\n        id\n        name\n      }\n    }\n    canEdit\n    isProposal\n    periods\n    periodTargets\n    annualTarget\n    versions {\n      period\n      version\n    }\n    previousOutcomes {\n      year\n      value\n    }\n    previousYearForecast {\n      year\n      value\n    }\n  }\n':
    types.TargetsEditor_RowFragmentDoc,
  '\n  mutation TargetsEditor_Save($input: TargetsInput!) {\n    saveTargets(input: $input) {\n      indicator {\n        id\n      }\n      periodTargets\n      annualTarget\n      isProposal\n      versions {\n        period\n        version\n      }\n    }\n  }\n':
    types.TargetsEditor_SaveDocument,
  '\n  mutation TargetsEditor_ConfirmProposals($input: ConfirmTargetProposalsInput!) {\n    confirmTargetProposals(input: $input) {\n      indicator {\n        id\n      }\n      isProposal\n      versions {\n        period\n        version\n      }\n    }\n  }\n':
    types.TargetsEditor_ConfirmProposalsDocument,
  '\n  fragment ToDoItemLink_item on ToDoItem {\n    id\n    kind\n    title\n    orgUnitName\n    periodKind\n    year\n    periodNumber\n    link\n  }\n':
    types.ToDoItemLink_ItemFragmentDoc,
  '\n  query ToDoList_Query {\n    myToDo {\n      id\n      kind\n      deadline\n      overdue\n      ...ToDoItemLink_item\n    }\n  }\n':
    types.ToDoList_QueryDocument,
  '\n  query UseToDoCount_Query {\n    myToDo {\n      id\n      overdue\n    }\n  }\n':
    types.UseToDoCount_QueryDocument,
  '\n  mutation UserDialog_Create($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n':
    types.UserDialog_CreateDocument,
  '\n  mutation UserDialog_Update($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      isActive\n      version\n    }\n  }\n':
    types.UserDialog_UpdateDocument,
  '\n  query ImportPreview_Query($id: ID!, $status: ValueImportRowStatus, $offset: Int!, $limit: Int!) {\n    valueImport(id: $id) {\n      id\n      kind\n      fileName\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n      rows(status: $status, offset: $offset, limit: $limit) {\n        total\n        rows {\n          rowNumber\n          status\n          orgUnitCode\n          indicator\n          period\n          orgUnit {\n            name\n            parentCode\n            kind\n            validFrom\n          }\n          changes {\n            field\n            old\n            new\n          }\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n':
    types.ImportPreview_QueryDocument,
  '\n  fragment ValueImportButton_Row on DataEntryIndicatorRow {\n    period\n    indicator {\n      id\n      code\n      name\n    }\n    value {\n      id\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n    }\n  }\n':
    types.ValueImportButton_RowFragmentDoc,
  '\n  query ValueImportDialog_Counts($id: ID!) {\n    valueImport(id: $id) {\n      id\n      fileName\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n    }\n  }\n':
    types.ValueImportDialog_CountsDocument,
  '\n  mutation ValueImportDialog_Commit($id: ID!, $correctionReason: String) {\n    commitValueImport(id: $id, correctionReason: $correctionReason) {\n      id\n      status\n      writtenCount\n    }\n  }\n':
    types.ValueImportDialog_CommitDocument,
  '\n  mutation ValueImportDialog_Cancel($id: ID!) {\n    cancelValueImport(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.ValueImportDialog_CancelDocument,
  '\n  query AssignmentsPage_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      code\n      name\n      children {\n        id\n        name\n        isClosed\n      }\n    }\n    viewer {\n      id\n      canPlan: holds(role: PLANNER, orgUnitCode: $orgUnitCode)\n    }\n    assignments(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      orgUnit {\n        id\n      }\n      ...AssignmentsExport_assignment @unmask\n      ...AssignmentTable_assignment\n    }\n    auditReports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      orgUnit {\n        id\n        code\n      }\n      ...AuditReportList_report\n    }\n  }\n':
    types.AssignmentsPage_QueryDocument,
  '\n  query AuditLogPage_Query($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nextCursor\n      events {\n        id\n        occurredAt\n        operation\n        action\n        entityType\n        entityId\n        entityName\n        author {\n          id\n          name\n        }\n        orgUnit {\n          id\n          name\n        }\n        changes {\n          field\n          oldValue\n          newValue\n          referencedType\n          oldName\n          newName\n        }\n      }\n    }\n  }\n':
    types.AuditLogPage_QueryDocument,
  '\n  query DataEntryPage_Query($orgUnitCode: String!, $period: MonthInput!, $year: Int!) {\n    reportingCalendar(year: $year) {\n      id\n      periods {\n        id\n        startDate\n        endDate\n        status\n      }\n    }\n    forecastRounds(year: $year) {\n      id\n      name\n      asOf\n      status\n      version\n    }\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $period) {\n      year\n      month\n      canEdit\n      orgUnit {\n        id\n        name\n      }\n      indicatorRows {\n        ...IndicatorValuesSection_Row @unmask\n        ...ValueImportButton_Row @unmask\n      }\n      goalRows {\n        ...AssessmentsSection_Goal @unmask\n      }\n      activityRows {\n        ...AssessmentsSection_Activity @unmask\n      }\n    }\n  }\n':
    types.DataEntryPage_QueryDocument,
  '\n  query EconomyPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        id\n        name\n      }\n      lines {\n        indicator {\n          id\n          code\n          name\n        }\n        outcomeToDate\n        budgetToDate\n        ...FinancialTable_line @unmask\n      }\n      businessAreaResults {\n        ...BusinessAreaResultTable_row @unmask\n      }\n    }\n  }\n':
    types.EconomyPage_QueryDocument,
  '\n  query FirstRunPage_Query {\n    signInOptions {\n      firstRun\n    }\n  }\n': types.FirstRunPage_QueryDocument,
  '\n  query ForecastAccuracyPage_Years {\n    forecastRoundYears\n  }\n': types.ForecastAccuracyPage_YearsDocument,
  '\n  query ForecastAccuracyPage_Query($orgUnitCode: String!, $year: Int!) {\n    forecastAccuracy(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      orgUnit {\n        id\n        name\n      }\n      rounds {\n        id\n        name\n        asOf\n        isDemoValue\n      }\n      meanAbsolutePercentageError\n      comparedForecasts\n      byRound {\n        round {\n          id\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n      byUnit {\n        orgUnit {\n          id\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n      indicators {\n        indicator {\n          id\n          name\n          unit\n          orgUnit {\n            id\n            name\n          }\n        }\n        outcome\n        outcomeIsSynthetic\n        meanAbsoluteError\n        meanAbsolutePercentageError\n        forecasts {\n          round {\n            id\n          }\n          forecast\n          carriedOver\n          error\n          absoluteError\n          relativeError\n        }\n      }\n    }\n  }\n':
    types.ForecastAccuracyPage_QueryDocument,
  '\n  query GoalsPage_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n      planner: canPlan\n      canPlan(year: $year)\n      planLock(year: $year)\n      parent {\n        id\n        code\n        name\n      }\n    }\n    viewer {\n      id\n      canAssess: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    perspectives {\n      id\n      name\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      level\n      orgUnit {\n        id\n      }\n      perspective {\n        id\n        name\n      }\n      ...GoalFilter_goal @unmask\n      ...GoalsExport_goal @unmask\n      ...GoalsByPerspective_goal\n    }\n    assignments(orgUnitCode: $orgUnitCode) {\n      id\n      orgUnit {\n        id\n      }\n      ...AssignmentsExport_assignment @unmask\n      ...AssignmentTable_assignment\n    }\n  }\n':
    types.GoalsPage_QueryDocument,
  '\n  query IndicatorPage_Query(\n    $id: ID!\n    $granularity: Periodicity!\n    $fromYear: Int!\n    $toYear: Int!\n    $compareWith: [String!]!\n  ) {\n    indicator(id: $id) {\n      id\n      name\n      description\n      unit\n      periodicity\n      canSetStatus\n      cumulative\n      levelAggregation\n      orgUnit {\n        id\n        name\n      }\n      ...ThresholdHistorySection_indicator\n      series(granularity: $granularity, fromYear: $fromYear, toYear: $toYear) {\n        ...IndicatorSeries_point @unmask\n      }\n      comparable: sameInOtherUnits {\n        id\n        orgUnit {\n          id\n          code\n          name\n        }\n      }\n      compared: sameInOtherUnits(orgUnitCodes: $compareWith) {\n        id\n        orgUnit {\n          id\n          code\n          name\n        }\n        series(granularity: $granularity, fromYear: $fromYear, toYear: $toYear) {\n          period\n          outcome\n        }\n      }\n    }\n  }\n':
    types.IndicatorPage_QueryDocument,
  '\n  query OrganisationPage_Query {\n    orgUnits {\n      id\n      ...OrgUnitTree_orgUnit\n      ...OrgUnitImportButton_orgUnit\n    }\n  }\n':
    types.OrganisationPage_QueryDocument,
  '\n  query OverviewPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      ...EconomyGlance_economy @unmask\n    }\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        id\n        name\n      }\n      attention {\n        ...AttentionSection_attention @unmask\n      }\n      perspectives {\n        perspective {\n          id\n        }\n        ...PerspectiveCard_summary @unmask\n      }\n      keyIndicators {\n        indicator {\n          id\n        }\n        ...KeyIndicatorTile_tile @unmask\n      }\n      redProjects {\n        id\n        name\n        portfolioName\n        statusDate\n        time\n        cost\n        result\n      }\n      changeCount\n      changes(first: 20) {\n        kind\n        id\n        name\n        previous\n        current\n        previousSetByHand\n        currentSetByHand\n        orgUnit {\n          id\n          name\n        }\n      }\n      topRisks {\n        id\n        title\n        categoryName\n        probability\n        consequence\n        score\n        isDemoValue\n      }\n    }\n  }\n':
    types.OverviewPage_QueryDocument,
  '\n  query PlanPage_Query($orgUnitCode: String!, $year: Int!) {\n    planOfYear(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      lock\n      mayAdopt\n      mayPlan\n      orgUnit {\n        id\n        name\n      }\n      plan {\n        id\n        status\n        ...PlanStatusCard_plan\n        ...PlanHistory_plan\n      }\n    }\n  }\n':
    types.PlanPage_QueryDocument,
  '\n  query PortfolioPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    portfolioOwningUnits {\n      id\n    }\n    portfolios(orgUnitCode: $orgUnitCode) {\n      id\n      name\n      ...PortfolioSection_portfolio\n      projects: projectsAsOf(month: $upTo) {\n        id\n        ...BoardFilter_project @unmask\n        ...TimelineSection_project\n      }\n    }\n  }\n':
    types.PortfolioPage_QueryDocument,
  '\n  query ProjectPage_Query($id: ID!, $upTo: MonthInput!) {\n    project(id: $id) {\n      id\n      name\n      description\n      version\n      canEdit\n      state\n      ...ProjectDetailsDialog_project @unmask\n      ...ProjectFacts_project\n      statusUpdates {\n        id\n        ...StatusUpdateHistory_statusUpdate\n        ...ProjectStatusUpdateDialog_startFrom @unmask\n      }\n      stateChanges {\n        id\n        ...StateChangeList_change\n      }\n      moves {\n        id\n        ...ProjectMoveList_move\n      }\n      ...ProjectLineage_project\n    }\n    editablePortfolios {\n      id\n      name\n      orgUnit {\n        id\n      }\n    }\n  }\n':
    types.ProjectPage_QueryDocument,
  '\n  query ReportPage_Query($id: ID!) {\n    report(id: $id) {\n      id\n      type\n      status\n      version\n      period {\n        year\n        month\n      }\n      frozenAt\n      approvedBy {\n        id\n        name\n      }\n      viewerCanEdit\n      viewerCanApprove\n      orgUnit {\n        id\n        name\n        code\n      }\n      comments {\n        id\n        text\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      comparison {\n        previous {\n          id\n          type\n          period {\n            year\n            month\n          }\n        }\n        colourChanges {\n          kind\n          name\n          previous\n          current\n        }\n        forecastChanges {\n          name\n          unit\n          previous\n          current\n        }\n        assignmentChanges {\n          title\n          previous\n          current\n        }\n      }\n      content {\n        compiledAt\n        isFrozen\n        sections {\n          id\n          kind\n          title\n          perspectiveName\n          analysisText\n          analysisVersion\n          analysisUpdatedAt\n          analysisUpdatedBy {\n            id\n            name\n          }\n          goalSummary {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          goals {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          indicatorTables {\n            periodicity\n            periodLabel\n            previousPeriodLabel\n            hasRolling12\n            rows {\n              indicatorId\n              name\n              unit\n              previousYearOutcome\n              outcome\n              periodTarget\n              fullYearForecast\n              annualTarget\n              rolling12\n              status\n              statusSetByHand\n              isGenerated\n              previousYearIsGenerated\n            }\n          }\n          activities {\n            perspectiveName\n            title\n            endDate\n            status\n            comment\n          }\n          assignments {\n            title\n            source\n            caseNumber\n            dueDate\n            status\n            isOverdue\n            comment\n          }\n          financialLines {\n            name\n            unit\n            previousYearToDate\n            outcomeToDate\n            budgetToDate\n            fullYearForecast\n            fullYearBudget\n            rolledUpFrom\n          }\n          businessAreaResults {\n            name\n            depth\n            isTotal\n            resultToDate\n            fullYearForecast\n            rolledUpFrom\n          }\n          portfolios {\n            name\n            narrative\n            changes\n          }\n          deviatingProjects {\n            portfolioName\n            name\n            state\n            time\n            cost\n            result\n            reportDate\n            deviations {\n              dimension\n              status\n              cause\n              action\n            }\n          }\n          risks {\n            title\n            categoryName\n            probability\n            consequence\n            score\n            mitigations\n            isDemoValue\n          }\n          charts {\n            title\n            kind\n            unit\n            categories\n            generatedCategories\n            series {\n              name\n              values\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ReportPage_QueryDocument,
  '\n  query ReportingDisciplinePage_Query($orgUnitCode: String!, $year: Int!) {\n    reportingDiscipline(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      orgUnit {\n        id\n        name\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n      ...DisciplineMatrix_discipline @unmask\n      ...BehindTables_discipline @unmask\n      ...MissingItemsTable_discipline @unmask\n    }\n  }\n':
    types.ReportingDisciplinePage_QueryDocument,
  '\n  query ReportsPage_Query($orgUnitCode: String!, $year: Int!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    viewer {\n      id\n      canCreate: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      type\n      status\n      period {\n        year\n        month\n      }\n      createdAt\n      frozenAt\n    }\n  }\n':
    types.ReportsPage_QueryDocument,
  '\n  query SignInPage_Query {\n    signInOptions {\n      firstRun\n      singleSignOn\n      demoAccounts {\n        email\n        name\n        password\n        roles {\n          role\n          orgUnitName\n        }\n      }\n    }\n  }\n':
    types.SignInPage_QueryDocument,
  '\n  query TargetsPage_Query($orgUnitCode: String!, $year: Int!, $includeSubunits: Boolean!) {\n    targetSheet(orgUnitCode: $orgUnitCode, year: $year, includeSubunits: $includeSubunits) {\n      year\n      canEdit\n      orgUnit {\n        id\n        name\n      }\n      rows {\n        ...TargetsEditor_Row @unmask\n      }\n    }\n  }\n':
    types.TargetsPage_QueryDocument,
  '\n  query UsersPage_Query {\n    users {\n      id\n      email\n      name\n      isActive\n      singleSignOn\n      version\n      roles {\n        role\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n':
    types.UsersPage_QueryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AppShell_Query {\n    orgUnits {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n      }\n      latestReportMonth {\n        year\n        month\n      }\n    }\n    latestReportMonth {\n      year\n      month\n    }\n  }\n',
): (typeof documents)['\n  query AppShell_Query {\n    orgUnits {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n      }\n      latestReportMonth {\n        year\n        month\n      }\n    }\n    latestReportMonth {\n      year\n      month\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RequireSignIn_Query {\n    viewer {\n      id\n      name\n      isAdministrator\n      roles {\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RequireSignIn_Query {\n    viewer {\n      id\n      name\n      isAdministrator\n      roles {\n        role\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssignmentsExport_assignment on Assignment {\n    id\n    title\n    source\n    caseNumber\n    deadline\n    orgUnit {\n      id\n      name\n    }\n    update(upTo: $upTo) {\n      id\n      status\n      comment\n    }\n  }\n',
): (typeof documents)['\n  fragment AssignmentsExport_assignment on Assignment {\n    id\n    title\n    source\n    caseNumber\n    deadline\n    orgUnit {\n      id\n      name\n    }\n    update(upTo: $upTo) {\n      id\n      status\n      comment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ActionStatusDialog_Save($input: AuditActionUpdateInput!) {\n    saveAuditActionUpdate(input: $input) {\n      id\n      status\n      comment\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ActionStatusDialog_Save($input: AuditActionUpdateInput!) {\n    saveAuditActionUpdate(input: $input) {\n      id\n      status\n      comment\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignmentDialog_Create($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignmentDialog_Create($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignmentDialog_Update($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      title\n      source\n      caseNumber\n      deadline\n      year\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignmentDialog_Update($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      title\n      source\n      caseNumber\n      deadline\n      year\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssignmentFollowUp_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!, $before: MonthInput!) {\n    assignments(orgUnitCode: $orgUnitCode) {\n      id\n      year\n      settled: update(upTo: $before) {\n        id\n        status\n      }\n      ...AssignmentTable_assignment\n    }\n    auditReports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      ...AuditReportList_report\n    }\n  }\n',
): (typeof documents)['\n  query AssignmentFollowUp_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!, $before: MonthInput!) {\n    assignments(orgUnitCode: $orgUnitCode) {\n      id\n      year\n      settled: update(upTo: $before) {\n        id\n        status\n      }\n      ...AssignmentTable_assignment\n    }\n    auditReports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      ...AuditReportList_report\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignmentStatusDialog_Save($input: AssignmentUpdateInput!) {\n    saveAssignmentUpdate(input: $input) {\n      id\n      status\n      comment\n      decisionDate\n      decisionCaseNumber\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignmentStatusDialog_Save($input: AssignmentUpdateInput!) {\n    saveAssignmentUpdate(input: $input) {\n      id\n      status\n      comment\n      decisionDate\n      decisionCaseNumber\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssignmentTable_assignment on Assignment {\n    id\n    title\n    source\n    caseNumber\n    deadline\n    year\n    version\n    mayEdit\n    mayReport\n    orgUnit {\n      id\n      name\n    }\n    update(upTo: $upTo) {\n      id\n      year\n      month\n      status\n      comment\n      decisionDate\n      decisionCaseNumber\n      version\n    }\n  }\n',
): (typeof documents)['\n  fragment AssignmentTable_assignment on Assignment {\n    id\n    title\n    source\n    caseNumber\n    deadline\n    year\n    version\n    mayEdit\n    mayReport\n    orgUnit {\n      id\n      name\n    }\n    update(upTo: $upTo) {\n      id\n      year\n      month\n      status\n      comment\n      decisionDate\n      decisionCaseNumber\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AuditReportDialog_Create($input: CreateAuditReportInput!) {\n    createAuditReport(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AuditReportDialog_Create($input: CreateAuditReportInput!) {\n    createAuditReport(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AuditReportDialog_Update($input: UpdateAuditReportInput!) {\n    updateAuditReport(input: $input) {\n      id\n      title\n      auditor\n      reportDate\n      caseNumber\n      year\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AuditReportDialog_Update($input: UpdateAuditReportInput!) {\n    updateAuditReport(input: $input) {\n      id\n      title\n      auditor\n      reportDate\n      caseNumber\n      year\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuditReportList_report on AuditReport {\n    id\n    title\n    auditor\n    reportDate\n    caseNumber\n    year\n    version\n    mayEdit\n    mayReport\n    orgUnit {\n      id\n      name\n    }\n    recommendations {\n      id\n      recommendation\n      action\n      ownerName\n      ownerUser {\n        id\n        name\n      }\n      dueDate\n      version\n      update(upTo: $upTo) {\n        id\n        year\n        month\n        status\n        comment\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AuditReportList_report on AuditReport {\n    id\n    title\n    auditor\n    reportDate\n    caseNumber\n    year\n    version\n    mayEdit\n    mayReport\n    orgUnit {\n      id\n      name\n    }\n    recommendations {\n      id\n      recommendation\n      action\n      ownerName\n      ownerUser {\n        id\n        name\n      }\n      dueDate\n      version\n      update(upTo: $upTo) {\n        id\n        year\n        month\n        status\n        comment\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecommendationDialog_Owners($orgUnitCode: String!) {\n    auditActionOwnerCandidates(orgUnitCode: $orgUnitCode) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query RecommendationDialog_Owners($orgUnitCode: String!) {\n    auditActionOwnerCandidates(orgUnitCode: $orgUnitCode) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecommendationDialog_Create($input: CreateAuditRecommendationInput!) {\n    createAuditRecommendation(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecommendationDialog_Create($input: CreateAuditRecommendationInput!) {\n    createAuditRecommendation(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecommendationDialog_Update($input: UpdateAuditRecommendationInput!) {\n    updateAuditRecommendation(input: $input) {\n      id\n      recommendation\n      action\n      ownerName\n      ownerUser {\n        id\n        name\n      }\n      dueDate\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RecommendationDialog_Update($input: UpdateAuditRecommendationInput!) {\n    updateAuditRecommendation(input: $input) {\n      id\n      recommendation\n      action\n      ownerName\n      ownerUser {\n        id\n        name\n      }\n      dueDate\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HistoryDialog_Query($entityType: String!, $entityId: ID!) {\n    history(entityType: $entityType, entityId: $entityId) {\n      id\n      occurredAt\n      operation\n      action\n      author {\n        id\n        name\n      }\n      entityType\n      changes {\n        field\n        oldValue\n        newValue\n        referencedType\n        oldName\n        newName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HistoryDialog_Query($entityType: String!, $entityId: ID!) {\n    history(entityType: $entityType, entityId: $entityId) {\n      id\n      occurredAt\n      operation\n      action\n      author {\n        id\n        name\n      }\n      entityType\n      changes {\n        field\n        oldValue\n        newValue\n        referencedType\n        oldName\n        newName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssessmentsSection_Goal on DataEntryGoalRow {\n    goal {\n      id\n      title\n      perspective {\n        id\n        name\n      }\n    }\n    assessment {\n      id\n      fulfilment\n      comment\n      version\n    }\n  }\n',
): (typeof documents)['\n  fragment AssessmentsSection_Goal on DataEntryGoalRow {\n    goal {\n      id\n      title\n      perspective {\n        id\n        name\n      }\n    }\n    assessment {\n      id\n      fulfilment\n      comment\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssessmentsSection_Activity on DataEntryActivityRow {\n    activity {\n      id\n      title\n      endDate\n    }\n    update {\n      id\n      status\n      comment\n      version\n    }\n  }\n',
): (typeof documents)['\n  fragment AssessmentsSection_Activity on DataEntryActivityRow {\n    activity {\n      id\n      title\n      endDate\n    }\n    update {\n      id\n      status\n      comment\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssessmentsSection_SaveGoal($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      fulfilment\n      comment\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AssessmentsSection_SaveGoal($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      fulfilment\n      comment\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssessmentsSection_SaveActivity($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      id\n      status\n      comment\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AssessmentsSection_SaveActivity($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      id\n      status\n      comment\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IndicatorValuesSection_Row on DataEntryIndicatorRow {\n    period\n    indicator {\n      id\n      name\n      unit\n      periodicity\n    }\n    value {\n      id\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n      isSynthetic\n      version\n    }\n  }\n',
): (typeof documents)['\n  fragment IndicatorValuesSection_Row on DataEntryIndicatorRow {\n    period\n    indicator {\n      id\n      name\n      unit\n      periodicity\n    }\n    value {\n      id\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n      isSynthetic\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IndicatorValuesSection_Save($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n      isSynthetic\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation IndicatorValuesSection_Save($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n      isSynthetic\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BusinessAreaResultTable_row on BusinessAreaResult {\n    orgUnit {\n      id\n      name\n    }\n    isTotal\n    operationsToDate\n    operationsBudgetToDate\n    operationsForecast\n    operationsBudget\n    developmentToDate\n    developmentBudgetToDate\n    developmentForecast\n    developmentBudget\n    rolledUpFrom {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment BusinessAreaResultTable_row on BusinessAreaResult {\n    orgUnit {\n      id\n      name\n    }\n    isTotal\n    operationsToDate\n    operationsBudgetToDate\n    operationsForecast\n    operationsBudget\n    developmentToDate\n    developmentBudgetToDate\n    developmentForecast\n    developmentBudget\n    rolledUpFrom {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FinancialTable_line on FinancialLine {\n    indicator {\n      id\n      code\n      name\n      unit\n    }\n    outcomeToDate\n    budgetToDate\n    deviationToDate\n    fullYearForecast\n    fullYearBudget\n    previousYearToDate\n    status\n    rolledUpFrom {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment FinancialTable_line on FinancialLine {\n    indicator {\n      id\n      code\n      name\n      unit\n    }\n    outcomeToDate\n    budgetToDate\n    deviationToDate\n    fullYearForecast\n    fullYearBudget\n    previousYearToDate\n    status\n    rolledUpFrom {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ForecastRoundsAdmin_Open($input: OpenForecastRoundInput!) {\n    openForecastRound(input: $input) {\n      id\n      name\n      asOf\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ForecastRoundsAdmin_Open($input: OpenForecastRoundInput!) {\n    openForecastRound(input: $input) {\n      id\n      name\n      asOf\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ForecastRoundsAdmin_Close($input: CloseForecastRoundInput!) {\n    closeForecastRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ForecastRoundsAdmin_Close($input: CloseForecastRoundInput!) {\n    closeForecastRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RoundForecastsSection_Query($id: ID!, $year: Int!) {\n    indicator(id: $id) {\n      id\n      roundForecasts(year: $year) {\n        round {\n          id\n          name\n          asOf\n          status\n        }\n        fullYearForecast\n        carriedOver\n        changeFromPrevious\n        comment\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RoundForecastsSection_Query($id: ID!, $year: Int!) {\n    indicator(id: $id) {\n      id\n      roundForecasts(year: $year) {\n        round {\n          id\n          name\n          asOf\n          status\n        }\n        fullYearForecast\n        carriedOver\n        changeFromPrevious\n        comment\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query YearEndProjectionSection_Query($id: ID!, $upTo: MonthInput!) {\n    indicator(id: $id) {\n      id\n      yearEndProjection(upTo: $upTo) {\n        projectedOutcome\n        method\n        basedOnMonth\n        lastYearShare\n        humanForecast\n        difference\n        relativeDifference\n        differsFromForecast\n        tolerance\n        usesGeneratedValues\n      }\n    }\n  }\n',
): (typeof documents)['\n  query YearEndProjectionSection_Query($id: ID!, $upTo: MonthInput!) {\n    indicator(id: $id) {\n      id\n      yearEndProjection(upTo: $upTo) {\n        projectedOutcome\n        method\n        basedOnMonth\n        lastYearShare\n        humanForecast\n        difference\n        relativeDifference\n        differsFromForecast\n        tolerance\n        usesGeneratedValues\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActivityDialog_OwnerOptions($orgUnitId: ID!) {\n    activityOwnerOptions(orgUnitId: $orgUnitId) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query ActivityDialog_OwnerOptions($orgUnitId: ID!) {\n    activityOwnerOptions(orgUnitId: $orgUnitId) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ActivityDialog_Create($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ActivityDialog_Create($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ActivityDialog_Update($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      description\n      owner\n      ownerId\n      startDate\n      endDate\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ActivityDialog_Update($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      description\n      owner\n      ownerId\n      startDate\n      endDate\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ActivityTable_activity on Activity {\n    id\n    title\n    description\n    owner\n    ownerId\n    startDate\n    endDate\n    version\n    update(upTo: $upTo) {\n      id\n      status\n      comment\n    }\n  }\n',
): (typeof documents)['\n  fragment ActivityTable_activity on Activity {\n    id\n    title\n    description\n    owner\n    ownerId\n    startDate\n    endDate\n    version\n    update(upTo: $upTo) {\n      id\n      status\n      comment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssessmentDialog_Save($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      goalId\n      year\n      month\n      fulfilment\n      comment\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AssessmentDialog_Save($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      goalId\n      year\n      month\n      fulfilment\n      comment\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CouncilGoalMatrix_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      level\n      title\n      orgUnit {\n        id\n      }\n      perspective {\n        id\n        name\n      }\n      children {\n        id\n        title\n        orgUnit {\n          id\n          name\n        }\n        assessment(upTo: $upTo) {\n          id\n          fulfilment\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CouncilGoalMatrix_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      level\n      title\n      orgUnit {\n        id\n      }\n      perspective {\n        id\n        name\n      }\n      children {\n        id\n        title\n        orgUnit {\n          id\n          name\n        }\n        assessment(upTo: $upTo) {\n          id\n          fulfilment\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalCard_goal on Goal {\n    id\n    title\n    description\n    level\n    year\n    canPlan\n    version\n    perspective {\n      id\n    }\n    orgUnit {\n      id\n      code\n      name\n    }\n    parents {\n      id\n      title\n      level\n    }\n    activities {\n      id\n      ...ActivityTable_activity\n    }\n    assessment(upTo: $upTo) {\n      id\n      year\n      month\n      fulfilment\n      comment\n      version\n    }\n    indicators {\n      id\n      ...IndicatorTable_indicator\n    }\n  }\n',
): (typeof documents)['\n  fragment GoalCard_goal on Goal {\n    id\n    title\n    description\n    level\n    year\n    canPlan\n    version\n    perspective {\n      id\n    }\n    orgUnit {\n      id\n      code\n      name\n    }\n    parents {\n      id\n      title\n      level\n    }\n    activities {\n      id\n      ...ActivityTable_activity\n    }\n    assessment(upTo: $upTo) {\n      id\n      year\n      month\n      fulfilment\n      comment\n      version\n    }\n    indicators {\n      id\n      ...IndicatorTable_indicator\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalDialog_ParentOptions($orgUnitId: ID!, $year: Int!) {\n    goalParentOptions(orgUnitId: $orgUnitId, year: $year) {\n      id\n      title\n      level\n      perspective {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GoalDialog_ParentOptions($orgUnitId: ID!, $year: Int!) {\n    goalParentOptions(orgUnitId: $orgUnitId, year: $year) {\n      id\n      title\n      level\n      perspective {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalDialog_Create($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalDialog_Create($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalDialog_Update($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalDialog_Update($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalIndicatorsDialog_Library($filter: IndicatorLibraryFilter!) {\n    indicatorLibrary(filter: $filter) {\n      id\n      code\n      name\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GoalIndicatorsDialog_Library($filter: IndicatorLibraryFilter!) {\n    indicatorLibrary(filter: $filter) {\n      id\n      code\n      name\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalIndicatorsDialog_Save($input: SetGoalIndicatorsInput!) {\n    setGoalIndicators(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalIndicatorsDialog_Save($input: SetGoalIndicatorsInput!) {\n    setGoalIndicators(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanMenu_Move($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanMenu_Move($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalsByPerspective_goal on Goal {\n    id\n    level\n    title\n    description\n    year\n    version\n    canPlan\n    perspective {\n      id\n      name\n    }\n    orgUnit {\n      id\n      code\n    }\n    parents {\n      id\n      title\n      level\n    }\n    indicators {\n      id\n    }\n    ...GoalCard_goal\n  }\n',
): (typeof documents)['\n  fragment GoalsByPerspective_goal on Goal {\n    id\n    level\n    title\n    description\n    year\n    version\n    canPlan\n    perspective {\n      id\n      name\n    }\n    orgUnit {\n      id\n      code\n    }\n    parents {\n      id\n      title\n      level\n    }\n    indicators {\n      id\n    }\n    ...GoalCard_goal\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IndicatorTable_indicator on Indicator {\n    id\n    name\n    unit\n    periodicity\n    latestValue(upTo: $upTo) {\n      id\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      isSynthetic\n      status\n      statusOverride\n    }\n  }\n',
): (typeof documents)['\n  fragment IndicatorTable_indicator on Indicator {\n    id\n    name\n    unit\n    periodicity\n    latestValue(upTo: $upTo) {\n      id\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      isSynthetic\n      status\n      statusOverride\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetireDialog_Goal($input: SetGoalRetiredInput!) {\n    setGoalRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RetireDialog_Goal($input: SetGoalRetiredInput!) {\n    setGoalRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetireDialog_Activity($input: SetActivityRetiredInput!) {\n    setActivityRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RetireDialog_Activity($input: SetActivityRetiredInput!) {\n    setActivityRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalFilter_goal on Goal {\n    id\n    perspective {\n      id\n    }\n    indicators {\n      id\n      periodicity\n      latestValue(upTo: $upTo) {\n        id\n        period\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment GoalFilter_goal on Goal {\n    id\n    perspective {\n      id\n    }\n    indicators {\n      id\n      periodicity\n      latestValue(upTo: $upTo) {\n        id\n        period\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalsExport_goal on Goal {\n    id\n    level\n    title\n    perspective {\n      id\n      name\n    }\n    parents {\n      id\n      title\n    }\n    orgUnit {\n      id\n      name\n    }\n    assessment(upTo: $upTo) {\n      id\n      fulfilment\n      comment\n    }\n  }\n',
): (typeof documents)['\n  fragment GoalsExport_goal on Goal {\n    id\n    level\n    title\n    perspective {\n      id\n      name\n    }\n    parents {\n      id\n      title\n    }\n    orgUnit {\n      id\n      name\n    }\n    assessment(upTo: $upTo) {\n      id\n      fulfilment\n      comment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AlsoMeasuredBy_Query($code: String!) {\n    indicatorsByCode(code: $code) {\n      id\n      ...IndicatorForm_definition @unmask\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AlsoMeasuredBy_Query($code: String!) {\n    indicatorsByCode(code: $code) {\n      id\n      ...IndicatorForm_definition @unmask\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IndicatorDialog_indicator on Indicator {\n    id\n    ...IndicatorForm_definition @unmask\n    hasValues\n    version\n  }\n',
): (typeof documents)['\n  fragment IndicatorDialog_indicator on Indicator {\n    id\n    ...IndicatorForm_definition @unmask\n    hasValues\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IndicatorForm_Create($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation IndicatorForm_Create($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IndicatorForm_Update($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      ...IndicatorDialog_indicator\n    }\n  }\n',
): (typeof documents)['\n  mutation IndicatorForm_Update($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      ...IndicatorDialog_indicator\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorLibrary_Query($filter: IndicatorLibraryFilter!, $orgUnitCode: String!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    orgUnits {\n      id\n      name\n    }\n    perspectives {\n      id\n      name\n    }\n    indicatorOwnerOptions {\n      id\n      name\n    }\n    indicatorLibrary(filter: $filter) {\n      id\n      ...IndicatorLibraryTable_indicator\n      ...IndicatorDialog_indicator\n    }\n  }\n',
): (typeof documents)['\n  query IndicatorLibrary_Query($filter: IndicatorLibraryFilter!, $orgUnitCode: String!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    orgUnits {\n      id\n      name\n    }\n    perspectives {\n      id\n      name\n    }\n    indicatorOwnerOptions {\n      id\n      name\n    }\n    indicatorLibrary(filter: $filter) {\n      id\n      ...IndicatorLibraryTable_indicator\n      ...IndicatorDialog_indicator\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IndicatorLibraryTable_indicator on Indicator {\n    id\n    code\n    name\n    unit\n    periodicity\n    direction\n    cumulative\n    thresholdKind\n    yellowThreshold\n    redThreshold\n    isKey\n    externalCode\n    retiredAt\n    version\n    owner {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment IndicatorLibraryTable_indicator on Indicator {\n    id\n    code\n    name\n    unit\n    periodicity\n    direction\n    cumulative\n    thresholdKind\n    yellowThreshold\n    redThreshold\n    isKey\n    externalCode\n    retiredAt\n    version\n    owner {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetireIndicatorButton_SetRetired($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RetireIndicatorButton_SetRetired($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IndicatorForm_definition on Indicator {\n    code\n    name\n    description\n    dataSource\n    externalCode\n    unit\n    periodicity\n    direction\n    cumulative\n    levelAggregation\n    unitRollup\n    thresholdKind\n    yellowThreshold\n    redThreshold\n    isKey\n    owner {\n      id\n    }\n    orgUnit {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment IndicatorForm_definition on Indicator {\n    code\n    name\n    description\n    dataSource\n    externalCode\n    unit\n    periodicity\n    direction\n    cumulative\n    levelAggregation\n    unitRollup\n    thresholdKind\n    yellowThreshold\n    redThreshold\n    isKey\n    owner {\n      id\n    }\n    orgUnit {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ThresholdHistorySection_indicator on Indicator {\n    id\n    unit\n    thresholdHistory {\n      fromMonth\n      thresholdKind\n      yellowThreshold\n      redThreshold\n      changedAt\n      changedBy\n    }\n  }\n',
): (typeof documents)['\n  fragment ThresholdHistorySection_indicator on Indicator {\n    id\n    unit\n    thresholdHistory {\n      fromMonth\n      thresholdKind\n      yellowThreshold\n      redThreshold\n      changedAt\n      changedBy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ValueStatusDialog_Query($id: ID!, $period: String!) {\n    indicator(id: $id) {\n      id\n      value(period: $period) {\n        id\n        version\n        status\n        ruleStatus\n        statusOverride\n        statusOverrideReason\n        period\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ValueStatusDialog_Query($id: ID!, $period: String!) {\n    indicator(id: $id) {\n      id\n      value(period: $period) {\n        id\n        version\n        status\n        ruleStatus\n        statusOverride\n        statusOverrideReason\n        period\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ValueStatusDialog_Save($input: SetIndicatorValueStatusInput!) {\n    setIndicatorValueStatus(input: $input) {\n      id\n      version\n      status\n      ruleStatus\n      statusOverride\n      statusOverrideReason\n      period\n    }\n  }\n',
): (typeof documents)['\n  mutation ValueStatusDialog_Save($input: SetIndicatorValueStatusInput!) {\n    setIndicatorValueStatus(input: $input) {\n      id\n      version\n      status\n      ruleStatus\n      statusOverride\n      statusOverrideReason\n      period\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IndicatorSeries_point on SeriesPoint {\n    period\n    outcome\n    target\n    fullYearForecast\n    rolling12\n    previousYearOutcome\n    isSynthetic\n    status\n    statusOverrideReason\n  }\n',
): (typeof documents)['\n  fragment IndicatorSeries_point on SeriesPoint {\n    period\n    outcome\n    target\n    fullYearForecast\n    rolling12\n    previousYearOutcome\n    isSynthetic\n    status\n    statusOverrideReason\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseOrgUnitDialog_Close($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      id\n      validTo\n      isClosed\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseOrgUnitDialog_Close($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      id\n      validTo\n      isClosed\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOrgUnitDialog_Create($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOrgUnitDialog_Create($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveOrgUnitDialog_Move($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveOrgUnitDialog_Move($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrgUnitImportButton_orgUnit on OrgUnit {\n    id\n    code\n    name\n    kind\n    isClosed\n    parent {\n      id\n      code\n    }\n  }\n',
): (typeof documents)['\n  fragment OrgUnitImportButton_orgUnit on OrgUnit {\n    id\n    code\n    name\n    kind\n    isClosed\n    parent {\n      id\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrgUnitTree_orgUnit on OrgUnit {\n    id\n    code\n    name\n    kind\n    validFrom\n    validTo\n    isClosed\n    mayAdminister\n    version\n    parent {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment OrgUnitTree_orgUnit on OrgUnit {\n    id\n    code\n    name\n    kind\n    validFrom\n    validTo\n    isClosed\n    mayAdminister\n    version\n    parent {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RenameOrgUnitDialog_Rename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RenameOrgUnitDialog_Rename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AttentionSection_attention on Attention {\n    redIndicators {\n      id\n      name\n      newlyRed\n      statusSetByHand\n      since\n      orgUnit {\n        id\n        name\n      }\n    }\n    notReportedIndicators {\n      id\n      name\n      since\n      orgUnit {\n        id\n        name\n      }\n    }\n    overdueAssignments {\n      id\n      title\n      caseNumber\n      deadline\n      orgUnit {\n        id\n        name\n      }\n    }\n    overdueAuditActions {\n      id\n      recommendation\n      auditReportTitle\n      dueDate\n      orgUnit {\n        id\n        name\n      }\n    }\n    redProjects {\n      id\n      name\n      portfolioName\n      statusDate\n      time\n      cost\n      result\n    }\n    risksAboveTolerance {\n      id\n      title\n      score\n      probability\n      consequence\n      isDemoValue\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AttentionSection_attention on Attention {\n    redIndicators {\n      id\n      name\n      newlyRed\n      statusSetByHand\n      since\n      orgUnit {\n        id\n        name\n      }\n    }\n    notReportedIndicators {\n      id\n      name\n      since\n      orgUnit {\n        id\n        name\n      }\n    }\n    overdueAssignments {\n      id\n      title\n      caseNumber\n      deadline\n      orgUnit {\n        id\n        name\n      }\n    }\n    overdueAuditActions {\n      id\n      recommendation\n      auditReportTitle\n      dueDate\n      orgUnit {\n        id\n        name\n      }\n    }\n    redProjects {\n      id\n      name\n      portfolioName\n      statusDate\n      time\n      cost\n      result\n    }\n    risksAboveTolerance {\n      id\n      title\n      score\n      probability\n      consequence\n      isDemoValue\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EconomyGlance_economy on Economy {\n    lines {\n      indicator {\n        id\n        code\n        name\n        unit\n      }\n      outcomeToDate\n      budgetToDate\n      fullYearForecast\n      fullYearBudget\n      rolledUpFrom {\n        id\n        name\n      }\n    }\n    businessAreaResults {\n      ...BusinessAreaResultTable_row @unmask\n    }\n  }\n',
): (typeof documents)['\n  fragment EconomyGlance_economy on Economy {\n    lines {\n      indicator {\n        id\n        code\n        name\n        unit\n      }\n      outcomeToDate\n      budgetToDate\n      fullYearForecast\n      fullYearBudget\n      rolledUpFrom {\n        id\n        name\n      }\n    }\n    businessAreaResults {\n      ...BusinessAreaResultTable_row @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment KeyIndicatorTile_tile on KeyIndicator {\n    indicator {\n      id\n      name\n      unit\n    }\n    figures {\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n    }\n    rollup\n    rolledUpFrom {\n      id\n      name\n    }\n    ...UnitFigureList_tile @unmask\n    status\n    statusSetByHand\n    isReported\n    changeFromPreviousYear\n    trend\n  }\n',
): (typeof documents)['\n  fragment KeyIndicatorTile_tile on KeyIndicator {\n    indicator {\n      id\n      name\n      unit\n    }\n    figures {\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n    }\n    rollup\n    rolledUpFrom {\n      id\n      name\n    }\n    ...UnitFigureList_tile @unmask\n    status\n    statusSetByHand\n    isReported\n    changeFromPreviousYear\n    trend\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PerspectiveCard_summary on PerspectiveSummary {\n    perspective {\n      id\n      name\n    }\n    goalsFulfilled\n    goalsPartlyFulfilled\n    goalsNotFulfilled\n    goalsNotAssessed\n    indicatorsGreen\n    indicatorsYellow\n    indicatorsRed\n    indicatorsNotReported\n    councilGoals\n  }\n',
): (typeof documents)['\n  fragment PerspectiveCard_summary on PerspectiveSummary {\n    perspective {\n      id\n      name\n    }\n    goalsFulfilled\n    goalsPartlyFulfilled\n    goalsNotFulfilled\n    goalsNotAssessed\n    indicatorsGreen\n    indicatorsYellow\n    indicatorsRed\n    indicatorsNotReported\n    councilGoals\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UnitFigureList_tile on KeyIndicator {\n    indicator {\n      id\n      unit\n    }\n    unitFigures {\n      orgUnit {\n        id\n        name\n      }\n      period\n      outcome\n      status\n      statusSetByHand\n    }\n  }\n',
): (typeof documents)['\n  fragment UnitFigureList_tile on KeyIndicator {\n    indicator {\n      id\n      unit\n    }\n    unitFigures {\n      orgUnit {\n        id\n        name\n      }\n      period\n      outcome\n      status\n      statusSetByHand\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PerspectiveDialog_Create($input: CreatePerspectiveInput!) {\n    createPerspective(input: $input) {\n      id\n      year\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation PerspectiveDialog_Create($input: CreatePerspectiveInput!) {\n    createPerspective(input: $input) {\n      id\n      year\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PerspectiveDialog_Update($input: UpdatePerspectiveInput!) {\n    updatePerspective(input: $input) {\n      id\n      year\n      name\n      description\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PerspectiveDialog_Update($input: UpdatePerspectiveInput!) {\n    updatePerspective(input: $input) {\n      id\n      year\n      name\n      description\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PerspectiveList_perspective on Perspective {\n    id\n    year\n    name\n    description\n    sortOrder\n    version\n  }\n',
): (typeof documents)['\n  fragment PerspectiveList_perspective on Perspective {\n    id\n    year\n    name\n    description\n    sortOrder\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PerspectiveList_Reorder($input: ReorderPerspectivesInput!) {\n    reorderPerspectives(input: $input) {\n      id\n      year\n      sortOrder\n    }\n  }\n',
): (typeof documents)['\n  mutation PerspectiveList_Reorder($input: ReorderPerspectivesInput!) {\n    reorderPerspectives(input: $input) {\n      id\n      year\n      sortOrder\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PerspectivesAdmin_Query($year: Int!) {\n    perspectives(year: $year) {\n      id\n      year\n      ...PerspectiveList_perspective\n    }\n  }\n',
): (typeof documents)['\n  query PerspectivesAdmin_Query($year: Int!) {\n    perspectives(year: $year) {\n      id\n      year\n      ...PerspectiveList_perspective\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PerspectivesAdmin_Copy($input: CopyPerspectivesInput!) {\n    copyPerspectivesFromPreviousYear(input: $input) {\n      id\n      year\n    }\n  }\n',
): (typeof documents)['\n  mutation PerspectivesAdmin_Copy($input: CopyPerspectivesInput!) {\n    copyPerspectivesFromPreviousYear(input: $input) {\n      id\n      year\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemovePerspectiveDialog_Remove($input: RemovePerspectiveInput!) {\n    removePerspective(input: $input) {\n      id\n      year\n    }\n  }\n',
): (typeof documents)['\n  mutation RemovePerspectiveDialog_Remove($input: RemovePerspectiveInput!) {\n    removePerspective(input: $input) {\n      id\n      year\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdoptPlanDialog_Adopt($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      id\n      ...PlanHistory_plan\n      ...PlanStatusCard_plan\n    }\n  }\n',
): (typeof documents)['\n  mutation AdoptPlanDialog_Adopt($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      id\n      ...PlanHistory_plan\n      ...PlanStatusCard_plan\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenRevisionDialog_Open($input: OpenPlanRevisionInput!) {\n    openPlanRevision(input: $input) {\n      id\n      ...PlanHistory_plan\n      ...PlanStatusCard_plan\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenRevisionDialog_Open($input: OpenPlanRevisionInput!) {\n    openPlanRevision(input: $input) {\n      id\n      ...PlanHistory_plan\n      ...PlanStatusCard_plan\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanChangeList_Change on PlanChange {\n    kind\n    subject\n    object\n    before\n    after\n    targetField\n    beforeValue\n    afterValue\n  }\n',
): (typeof documents)['\n  fragment PlanChangeList_Change on PlanChange {\n    kind\n    subject\n    object\n    before\n    after\n    targetField\n    beforeValue\n    afterValue\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanHistory_plan on Plan {\n    id\n    status\n    revision\n    draftChanges {\n      ...PlanChangeList_Change @unmask\n    }\n    revisions {\n      id\n      number\n      decisionDate\n      caseNumber\n      adoptedBy {\n        id\n        name\n      }\n      changes {\n        ...PlanChangeList_Change @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PlanHistory_plan on Plan {\n    id\n    status\n    revision\n    draftChanges {\n      ...PlanChangeList_Change @unmask\n    }\n    revisions {\n      id\n      number\n      decisionDate\n      caseNumber\n      adoptedBy {\n        id\n        name\n      }\n      changes {\n        ...PlanChangeList_Change @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanStatusCard_plan on Plan {\n    id\n    status\n    revision\n    decisionDate\n    caseNumber\n    rolledOverFromYear\n    version\n  }\n',
): (typeof documents)['\n  fragment PlanStatusCard_plan on Plan {\n    id\n    status\n    revision\n    decisionDate\n    caseNumber\n    rolledOverFromYear\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RollOverDialog_Preview($orgUnitId: ID!, $fromYear: Int!) {\n    rollOverPreview(orgUnitId: $orgUnitId, fromYear: $fromYear) {\n      fromYear\n      toYear\n      goals {\n        goalId\n        title\n        alreadyCarried\n        perspective {\n          id\n          year\n          name\n        }\n        goalLinks {\n          fromTitle\n          toGoalId\n          toTitle\n          matchedBy\n        }\n      }\n      indicatorLinks {\n        goalId\n        goalTitle\n        indicatorId\n        indicatorName\n        alreadyCarried\n      }\n      activities {\n        activityId\n        title\n        goalTitle\n        status\n        alreadyCarried\n      }\n      assignments {\n        assignmentId\n        title\n        caseNumber\n        status\n      }\n      targets {\n        indicatorId\n        indicatorName\n        periods\n        annualTarget\n        alreadyCarried\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RollOverDialog_Preview($orgUnitId: ID!, $fromYear: Int!) {\n    rollOverPreview(orgUnitId: $orgUnitId, fromYear: $fromYear) {\n      fromYear\n      toYear\n      goals {\n        goalId\n        title\n        alreadyCarried\n        perspective {\n          id\n          year\n          name\n        }\n        goalLinks {\n          fromTitle\n          toGoalId\n          toTitle\n          matchedBy\n        }\n      }\n      indicatorLinks {\n        goalId\n        goalTitle\n        indicatorId\n        indicatorName\n        alreadyCarried\n      }\n      activities {\n        activityId\n        title\n        goalTitle\n        status\n        alreadyCarried\n      }\n      assignments {\n        assignmentId\n        title\n        caseNumber\n        status\n      }\n      targets {\n        indicatorId\n        indicatorName\n        periods\n        annualTarget\n        alreadyCarried\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RollOverDialog_Commit($input: CommitRollOverInput!) {\n    commitRollOver(input: $input) {\n      id\n      year\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RollOverDialog_Commit($input: CommitRollOverInput!) {\n    commitRollOver(input: $input) {\n      id\n      year\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment BoardFilter_project on Project {\n    id\n    name\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n    }\n  }\n",
): (typeof documents)["\n  fragment BoardFilter_project on Project {\n    id\n    name\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MergeProjectsDialog_Query {\n    editablePortfolios {\n      id\n      name\n      projects {\n        id\n        name\n        state\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MergeProjectsDialog_Query {\n    editablePortfolios {\n      id\n      name\n      projects {\n        id\n        name\n        state\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MergeProjectsDialog_Merge($input: MergeProjectsInput!) {\n    mergeProjects(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation MergeProjectsDialog_Merge($input: MergeProjectsInput!) {\n    mergeProjects(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveProjectDialog_Move($input: ProjectMoveInput!) {\n    moveProject(input: $input) {\n      id\n      version\n      portfolio {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveProjectDialog_Move($input: ProjectMoveInput!) {\n    moveProject(input: $input) {\n      id\n      version\n      portfolio {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonField_Options($orgUnitId: ID!) {\n    portfolioPersonOptions(orgUnitId: $orgUnitId) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query PersonField_Options($orgUnitId: ID!) {\n    portfolioPersonOptions(orgUnitId: $orgUnitId) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortfolioFormDialog_Units {\n    portfolioOwningUnits {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query PortfolioFormDialog_Units {\n    portfolioOwningUnits {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortfolioFormDialog_Create($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation PortfolioFormDialog_Create($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortfolioFormDialog_Update($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      id\n      name\n      owner\n      ownerUserId\n      statusUpdateIntervalWeeks\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PortfolioFormDialog_Update($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      id\n      name\n      owner\n      ownerUserId\n      statusUpdateIntervalWeeks\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortfolioPeriodStatusDialog_Save($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      id\n      year\n      month\n      narrative\n      changes\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PortfolioPeriodStatusDialog_Save($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      id\n      year\n      month\n      narrative\n      changes\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PortfolioSection_portfolio on Portfolio {\n    id\n    name\n    canEdit\n    statusUpdateIntervalWeeks\n    owner\n    ownerUserId\n    orgUnit {\n      id\n    }\n    version\n    overdueActions(upTo: $upTo) {\n      project {\n        id\n      }\n    }\n    ...PortfolioSummary_portfolio\n    periodStatus(upTo: $upTo) {\n      id\n      year\n      month\n      narrative\n      changes\n      version\n    }\n    # The projects that belonged to the portfolio at the end of the month viewed.\n    projects: projectsAsOf(month: $upTo) {\n      id\n      ...BoardFilter_project @unmask\n      ...ProjectBoardExport_project @unmask\n      ...ProjectBoardTable_project\n      ...ProjectBoardColumns_project\n    }\n  }\n',
): (typeof documents)['\n  fragment PortfolioSection_portfolio on Portfolio {\n    id\n    name\n    canEdit\n    statusUpdateIntervalWeeks\n    owner\n    ownerUserId\n    orgUnit {\n      id\n    }\n    version\n    overdueActions(upTo: $upTo) {\n      project {\n        id\n      }\n    }\n    ...PortfolioSummary_portfolio\n    periodStatus(upTo: $upTo) {\n      id\n      year\n      month\n      narrative\n      changes\n      version\n    }\n    # The projects that belonged to the portfolio at the end of the month viewed.\n    projects: projectsAsOf(month: $upTo) {\n      id\n      ...BoardFilter_project @unmask\n      ...ProjectBoardExport_project @unmask\n      ...ProjectBoardTable_project\n      ...ProjectBoardColumns_project\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PortfolioSummary_portfolio on Portfolio {\n    id\n    name\n    owner\n    budget {\n      budgetTkr\n      costToDateTkr\n      projectsWithoutBudget\n      forecastTkr\n      projectsWithoutForecast\n    }\n    overdueActions(upTo: $upTo) {\n      dimension\n      action\n      actionOwner\n      actionDueDate\n      project {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PortfolioSummary_portfolio on Portfolio {\n    id\n    name\n    owner\n    budget {\n      budgetTkr\n      costToDateTkr\n      projectsWithoutBudget\n      forecastTkr\n      projectsWithoutForecast\n    }\n    overdueActions(upTo: $upTo) {\n      dimension\n      action\n      actionOwner\n      actionDueDate\n      project {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment ProjectBoardColumns_project on Project {\n    id\n    name\n    phase\n    # As the board's other views: the state at the end of the month viewed.\n    state: stateAsOf(month: $upTo)\n    version\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        time\n        cost\n        result\n      }\n    }\n  }\n",
): (typeof documents)["\n  fragment ProjectBoardColumns_project on Project {\n    id\n    name\n    phase\n    # As the board's other views: the state at the end of the month viewed.\n    state: stateAsOf(month: $upTo)\n    version\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        time\n        cost\n        result\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProjectBoardColumns_ChangePhase($input: ProjectPhaseChangeInput!) {\n    changeProjectPhase(input: $input) {\n      id\n      phase\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ProjectBoardColumns_ChangePhase($input: ProjectPhaseChangeInput!) {\n    changeProjectPhase(input: $input) {\n      id\n      phase\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment ProjectBoardTable_project on Project {\n    id\n    name\n    phase\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    pausedUntil\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n      statusUpdatesSinceColourChange\n      noRecentStatusUpdate\n    }\n  }\n",
): (typeof documents)["\n  fragment ProjectBoardTable_project on Project {\n    id\n    name\n    phase\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    pausedUntil\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n      statusUpdatesSinceColourChange\n      noRecentStatusUpdate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProjectCreateDialog_Create($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation ProjectCreateDialog_Create($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProjectDetailsDialog_Save($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ProjectDetailsDialog_Save($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProjectDetailsDialog_project on Project {\n    id\n    name\n    description\n    owner\n    ownerUserId\n    manager\n    managerUserId\n    phase\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    budgetTkr\n    costToDateTkr\n    forecastTkr\n    version\n    portfolio {\n      id\n      orgUnit {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ProjectDetailsDialog_project on Project {\n    id\n    name\n    description\n    owner\n    ownerUserId\n    manager\n    managerUserId\n    phase\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    budgetTkr\n    costToDateTkr\n    forecastTkr\n    version\n    portfolio {\n      id\n      orgUnit {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment ProjectFacts_project on Project {\n    id\n    owner\n    manager\n    phase\n    # State and portfolio at the end of the month viewed (the page's other parts show today's).\n    stateThen: stateAsOf(month: $upTo)\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    pausedUntil\n    budgetTkr\n    costToDateTkr\n    forecastTkr\n    portfolioThen: portfolioAsOf(month: $upTo) {\n      id\n      name\n    }\n  }\n",
): (typeof documents)["\n  fragment ProjectFacts_project on Project {\n    id\n    owner\n    manager\n    phase\n    # State and portfolio at the end of the month viewed (the page's other parts show today's).\n    stateThen: stateAsOf(month: $upTo)\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    pausedUntil\n    budgetTkr\n    costToDateTkr\n    forecastTkr\n    portfolioThen: portfolioAsOf(month: $upTo) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProjectLineage_project on Project {\n    id\n    origins {\n      id\n      kind\n      occurredOn\n      project {\n        id\n        name\n      }\n    }\n    successors {\n      id\n      kind\n      occurredOn\n      project {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ProjectLineage_project on Project {\n    id\n    origins {\n      id\n      kind\n      occurredOn\n      project {\n        id\n        name\n      }\n    }\n    successors {\n      id\n      kind\n      occurredOn\n      project {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProjectMoveList_move on ProjectMove {\n    id\n    movedOn\n    reason\n    fromPortfolio {\n      id\n      name\n    }\n    toPortfolio {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment ProjectMoveList_move on ProjectMove {\n    id\n    movedOn\n    reason\n    fromPortfolio {\n      id\n      name\n    }\n    toPortfolio {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProjectStatusUpdateDialog_startFrom on ProjectStatusUpdate {\n    time\n    cost\n    result\n    deviations {\n      dimension\n      cause\n      action\n      actionOwner\n      actionOwnerUserId\n      actionDueDate\n    }\n  }\n',
): (typeof documents)['\n  fragment ProjectStatusUpdateDialog_startFrom on ProjectStatusUpdate {\n    time\n    cost\n    result\n    deviations {\n      dimension\n      cause\n      action\n      actionOwner\n      actionOwnerUserId\n      actionDueDate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProjectStatusUpdateDialog_Add($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      id\n      statusDate\n    }\n  }\n',
): (typeof documents)['\n  mutation ProjectStatusUpdateDialog_Add($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      id\n      statusDate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SplitProjectDialog_Split($input: SplitProjectInput!) {\n    splitProject(input: $input) {\n      id\n      version\n      state\n    }\n  }\n',
): (typeof documents)['\n  mutation SplitProjectDialog_Split($input: SplitProjectInput!) {\n    splitProject(input: $input) {\n      id\n      version\n      state\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StateChangeDialog_Change($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      id\n      state\n      pausedUntil\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation StateChangeDialog_Change($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      id\n      state\n      pausedUntil\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StateChangeList_change on ProjectStateChange {\n    id\n    fromState\n    toState\n    reason\n    changedOn\n    author {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment StateChangeList_change on ProjectStateChange {\n    id\n    fromState\n    toState\n    reason\n    changedOn\n    author {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StatusUpdateHistory_statusUpdate on ProjectStatusUpdate {\n    id\n    statusDate\n    time\n    cost\n    result\n    comment\n    author {\n      id\n      name\n    }\n    deviations {\n      dimension\n      cause\n      action\n      actionOwner\n      actionDueDate\n    }\n  }\n',
): (typeof documents)['\n  fragment StatusUpdateHistory_statusUpdate on ProjectStatusUpdate {\n    id\n    statusDate\n    time\n    cost\n    result\n    comment\n    author {\n      id\n      name\n    }\n    deviations {\n      dimension\n      cause\n      action\n      actionOwner\n      actionDueDate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment TimelineSection_project on Project {\n    id\n    name\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    pausedUntil\n    stateChanges {\n      id\n      toState\n      changedOn\n    }\n    statusUpdates {\n      id\n      statusDate\n    }\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n    }\n  }\n",
): (typeof documents)["\n  fragment TimelineSection_project on Project {\n    id\n    name\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    pausedUntil\n    stateChanges {\n      id\n      toState\n      changedOn\n    }\n    statusUpdates {\n      id\n      statusDate\n    }\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment ProjectBoardExport_project on Project {\n    id\n    name\n    phase\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    pausedUntil\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n      statusUpdatesSinceColourChange\n      noRecentStatusUpdate\n    }\n  }\n",
): (typeof documents)["\n  fragment ProjectBoardExport_project on Project {\n    id\n    name\n    phase\n    # The state at the end of the month viewed, not today's: a project closed later shows as it was.\n    state: stateAsOf(month: $upTo)\n    pausedUntil\n    status(upTo: $upTo) {\n      latestStatusUpdate {\n        id\n        statusDate\n        time\n        cost\n        result\n      }\n      statusUpdatesSinceColourChange\n      noRecentStatusUpdate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReminderSettingsForm_Query {\n    myReminderSettings {\n      frequency\n      version\n    }\n  }\n',
): (typeof documents)['\n  query ReminderSettingsForm_Query {\n    myReminderSettings {\n      frequency\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReminderSettingsForm_Save($input: SetReminderFrequencyInput!) {\n    setReminderFrequency(input: $input) {\n      frequency\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ReminderSettingsForm_Save($input: SetReminderFrequencyInput!) {\n    setReminderFrequency(input: $input) {\n      frequency\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SendLog_Query($status: ReminderMailStatus) {\n    reminderMails(status: $status, first: 100) {\n      id\n      kind\n      recipientName\n      recipient\n      subject\n      itemCount\n      status\n      attempts\n      nextAttemptAt\n      lastError\n      sentAt\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query SendLog_Query($status: ReminderMailStatus) {\n    reminderMails(status: $status, first: 100) {\n      id\n      kind\n      recipientName\n      recipient\n      subject\n      itemCount\n      status\n      attempts\n      nextAttemptAt\n      lastError\n      sentAt\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendLog_Retry($input: RetryReminderMailInput!) {\n    retryReminderMail(input: $input) {\n      id\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SendLog_Retry($input: RetryReminderMailInput!) {\n    retryReminderMail(input: $input) {\n      id\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodDeadlineDialog_Move($input: SetReportingPeriodDeadlineInput!) {\n    setReportingPeriodDeadline(input: $input) {\n      id\n      deadline\n      deadlineMoved\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodDeadlineDialog_Move($input: SetReportingPeriodDeadlineInput!) {\n    setReportingPeriodDeadline(input: $input) {\n      id\n      deadline\n      deadlineMoved\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodDeadlineDialog_SetLevel($input: SetReportingLevelDeadlineInput!) {\n    setReportingLevelDeadline(input: $input) {\n      id\n      levelDeadlines {\n        level\n        deadline\n      }\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodDeadlineDialog_SetLevel($input: SetReportingLevelDeadlineInput!) {\n    setReportingLevelDeadline(input: $input) {\n      id\n      levelDeadlines {\n        level\n        deadline\n      }\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodStatusDialog_Close($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      id\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodStatusDialog_Close($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      id\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodStatusDialog_Reopen($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      id\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodStatusDialog_Reopen($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      id\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingCalendarAdmin_Query($year: Int!) {\n    orgUnits {\n      id\n      kind\n    }\n    reportingCalendar(year: $year) {\n      id\n      orgUnitId\n      year\n      workingDaysAfterPeriodEnd\n      version\n      periods {\n        id\n        ...ReportingPeriodsTable_period\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportingCalendarAdmin_Query($year: Int!) {\n    orgUnits {\n      id\n      kind\n    }\n    reportingCalendar(year: $year) {\n      id\n      orgUnitId\n      year\n      workingDaysAfterPeriodEnd\n      version\n      periods {\n        id\n        ...ReportingPeriodsTable_period\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportingCalendarAdmin_Generate($input: GenerateReportingCalendarInput!) {\n    generateReportingCalendar(input: $input) {\n      id\n      workingDaysAfterPeriodEnd\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportingCalendarAdmin_Generate($input: GenerateReportingCalendarInput!) {\n    generateReportingCalendar(input: $input) {\n      id\n      workingDaysAfterPeriodEnd\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReportingPeriodsTable_period on ReportingPeriod {\n    id\n    kind\n    number\n    year\n    endDate\n    deadline\n    ruleDeadline\n    deadlineMoved\n    levelDeadlines {\n      level\n      deadline\n    }\n    status\n    statusReason\n    version\n  }\n',
): (typeof documents)['\n  fragment ReportingPeriodsTable_period on ReportingPeriod {\n    id\n    kind\n    number\n    year\n    endDate\n    deadline\n    ruleDeadline\n    deadlineMoved\n    levelDeadlines {\n      level\n      deadline\n    }\n    status\n    statusReason\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BehindTables_discipline on ReportingDiscipline {\n    unitsBehind {\n      orgUnit {\n        id\n        name\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n    }\n    ownersBehind {\n      userId\n      name\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment BehindTables_discipline on ReportingDiscipline {\n    unitsBehind {\n      orgUnit {\n        id\n        name\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n    }\n    ownersBehind {\n      userId\n      name\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DisciplineMatrix_discipline on ReportingDiscipline {\n    year\n    periods {\n      key\n      kind\n      year\n      number\n      inProgress\n    }\n    units {\n      orgUnit {\n        id\n        name\n      }\n      cells {\n        periodKey\n        deadline\n        inProgress\n        counts {\n          onTime\n          late\n          missing\n          pending\n          total\n        }\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment DisciplineMatrix_discipline on ReportingDiscipline {\n    year\n    periods {\n      key\n      kind\n      year\n      number\n      inProgress\n    }\n    units {\n      orgUnit {\n        id\n        name\n      }\n      cells {\n        periodKey\n        deadline\n        inProgress\n        counts {\n          onTime\n          late\n          missing\n          pending\n          total\n        }\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MissingItemsTable_discipline on ReportingDiscipline {\n    missing {\n      key\n      kind\n      title\n      orgUnit {\n        id\n        name\n      }\n      period {\n        key\n        kind\n        year\n        number\n      }\n      deadline\n      responsible\n      link\n    }\n  }\n',
): (typeof documents)['\n  fragment MissingItemsTable_discipline on ReportingDiscipline {\n    missing {\n      key\n      kind\n      title\n      orgUnit {\n        id\n        name\n      }\n      period {\n        key\n        kind\n        year\n        number\n      }\n      deadline\n      responsible\n      link\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateReportDialog_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateReportDialog_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportWorkflow_Submit($input: ReportTransitionInput!) {\n    submitReport(input: $input) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportWorkflow_Submit($input: ReportTransitionInput!) {\n    submitReport(input: $input) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportWorkflow_SendBack($input: SendBackReportInput!) {\n    sendBackReport(input: $input) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportWorkflow_SendBack($input: SendBackReportInput!) {\n    sendBackReport(input: $input) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportWorkflow_Approve($input: ReportTransitionInput!) {\n    approveReport(input: $input) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportWorkflow_Approve($input: ReportTransitionInput!) {\n    approveReport(input: $input) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SectionAnalysis_Save($input: SaveReportSectionTextInput!) {\n    saveReportSectionText(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation SectionAnalysis_Save($input: SaveReportSectionTextInput!) {\n    saveReportSectionText(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ControlDialog_Create($input: CreateControlInput!) {\n    createInternalControl(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ControlDialog_Create($input: CreateControlInput!) {\n    createInternalControl(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ControlDialog_Update($input: UpdateControlInput!) {\n    updateInternalControl(input: $input) {\n      id\n      title\n      method\n      frequency\n      performedBy\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ControlDialog_Update($input: UpdateControlInput!) {\n    updateInternalControl(input: $input) {\n      id\n      title\n      method\n      frequency\n      performedBy\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ControlFollowUp_Query($orgUnitCode: String!, $year: Int!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    viewer {\n      id\n      canEdit: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      orgUnit {\n        id\n      }\n    }\n    internalControls(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      method\n      frequency\n      performedBy\n      version\n      orgUnit {\n        id\n        name\n      }\n      risk {\n        id\n        title\n      }\n      results(year: $year) {\n        id\n        month\n        performed\n        outcome\n        description\n        followUpAction\n        isDemoValue\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ControlFollowUp_Query($orgUnitCode: String!, $year: Int!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    viewer {\n      id\n      canEdit: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      orgUnit {\n        id\n      }\n    }\n    internalControls(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      method\n      frequency\n      performedBy\n      version\n      orgUnit {\n        id\n        name\n      }\n      risk {\n        id\n        title\n      }\n      results(year: $year) {\n        id\n        month\n        performed\n        outcome\n        description\n        followUpAction\n        isDemoValue\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ControlResultDialog_Record($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      id\n      month\n      performed\n      outcome\n      description\n      followUpAction\n      isDemoValue\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ControlResultDialog_Record($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      id\n      month\n      performed\n      outcome\n      description\n      followUpAction\n      isDemoValue\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MitigationDialog_Add($input: AddMitigationInput!) {\n    addMitigation(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation MitigationDialog_Add($input: AddMitigationInput!) {\n    addMitigation(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MitigationDialog_Update($input: UpdateMitigationInput!) {\n    updateMitigation(input: $input) {\n      id\n      title\n      responsible\n      dueDate\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation MitigationDialog_Update($input: UpdateMitigationInput!) {\n    updateMitigation(input: $input) {\n      id\n      title\n      responsible\n      dueDate\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveRiskCategoryDialog_Remove($input: RemoveRiskCategoryInput!) {\n    removeRiskCategory(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveRiskCategoryDialog_Remove($input: RemoveRiskCategoryInput!) {\n    removeRiskCategory(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskCategoryDialog_Create($input: CreateRiskCategoryInput!) {\n    createRiskCategory(input: $input) {\n      id\n      name\n      sortOrder\n      retired\n      riskCount\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskCategoryDialog_Create($input: CreateRiskCategoryInput!) {\n    createRiskCategory(input: $input) {\n      id\n      name\n      sortOrder\n      retired\n      riskCount\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskCategoryDialog_Update($input: UpdateRiskCategoryInput!) {\n    updateRiskCategory(input: $input) {\n      id\n      name\n      retired\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskCategoryDialog_Update($input: UpdateRiskCategoryInput!) {\n    updateRiskCategory(input: $input) {\n      id\n      name\n      retired\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RiskCategoryList_category on RiskCategory {\n    id\n    name\n    sortOrder\n    retired\n    riskCount\n    version\n  }\n',
): (typeof documents)['\n  fragment RiskCategoryList_category on RiskCategory {\n    id\n    name\n    sortOrder\n    retired\n    riskCount\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskCategoryList_Reorder($input: ReorderRiskCategoriesInput!) {\n    reorderRiskCategories(input: $input) {\n      id\n      sortOrder\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskCategoryList_Reorder($input: ReorderRiskCategoriesInput!) {\n    reorderRiskCategories(input: $input) {\n      id\n      sortOrder\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RiskDetailsDialog_risk on Risk {\n    id\n    title\n    description\n    owner\n    version\n    category {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n    valuation(upTo: $upTo) {\n      id\n      valuedOn\n      probability\n      consequence\n      score\n      isDemoValue\n    }\n    valuations {\n      id\n      valuedOn\n      probability\n      consequence\n      score\n      reasoning\n      isDemoValue\n      createdBy {\n        id\n        name\n      }\n    }\n    mitigations {\n      id\n      title\n      responsible\n      dueDate\n      status\n      isOverdue(upTo: $upTo)\n      version\n    }\n    controls {\n      id\n      title\n      frequency\n    }\n  }\n',
): (typeof documents)['\n  fragment RiskDetailsDialog_risk on Risk {\n    id\n    title\n    description\n    owner\n    version\n    category {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n    valuation(upTo: $upTo) {\n      id\n      valuedOn\n      probability\n      consequence\n      score\n      isDemoValue\n    }\n    valuations {\n      id\n      valuedOn\n      probability\n      consequence\n      score\n      reasoning\n      isDemoValue\n      createdBy {\n        id\n        name\n      }\n    }\n    mitigations {\n      id\n      title\n      responsible\n      dueDate\n      status\n      isOverdue(upTo: $upTo)\n      version\n    }\n    controls {\n      id\n      title\n      frequency\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskDialog_Create($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskDialog_Create($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskDialog_Update($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      id\n      title\n      description\n      owner\n      category {\n        id\n        name\n      }\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskDialog_Update($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      id\n      title\n      description\n      owner\n      category {\n        id\n        name\n      }\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RiskRegister_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    viewer {\n      id\n      canEdit: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    riskScaleMax(orgUnitCode: $orgUnitCode)\n    riskCategories {\n      id\n      name\n      retired\n    }\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      owner\n      category {\n        id\n      }\n      orgUnit {\n        id\n        name\n      }\n      valuation(upTo: $upTo) {\n        id\n        probability\n        consequence\n        score\n      }\n      ...RiskExport_risk @unmask\n      ...RiskTable_risk\n      ...RiskDetailsDialog_risk\n    }\n  }\n',
): (typeof documents)['\n  query RiskRegister_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    viewer {\n      id\n      canEdit: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    riskScaleMax(orgUnitCode: $orgUnitCode)\n    riskCategories {\n      id\n      name\n      retired\n    }\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      owner\n      category {\n        id\n      }\n      orgUnit {\n        id\n        name\n      }\n      valuation(upTo: $upTo) {\n        id\n        probability\n        consequence\n        score\n      }\n      ...RiskExport_risk @unmask\n      ...RiskTable_risk\n      ...RiskDetailsDialog_risk\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskScaleForm_Save($input: SetRiskScaleInput!) {\n    setRiskScale(input: $input) {\n      max\n      largestValued\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskScaleForm_Save($input: SetRiskScaleInput!) {\n    setRiskScale(input: $input) {\n      max\n      largestValued\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RiskSettingsAdmin_Query {\n    riskScale {\n      max\n      largestValued\n    }\n    riskCategories {\n      id\n      ...RiskCategoryList_category\n    }\n  }\n',
): (typeof documents)['\n  query RiskSettingsAdmin_Query {\n    riskScale {\n      max\n      largestValued\n    }\n    riskCategories {\n      id\n      ...RiskCategoryList_category\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RiskTable_risk on Risk {\n    id\n    title\n    owner\n    category {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n    valuation(upTo: $upTo) {\n      id\n      probability\n      consequence\n      score\n      isDemoValue\n    }\n    mitigations {\n      id\n    }\n    hasOverdueMitigations(upTo: $upTo)\n  }\n',
): (typeof documents)['\n  fragment RiskTable_risk on Risk {\n    id\n    title\n    owner\n    category {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n    valuation(upTo: $upTo) {\n      id\n      probability\n      consequence\n      score\n      isDemoValue\n    }\n    mitigations {\n      id\n    }\n    hasOverdueMitigations(upTo: $upTo)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ValuationDialog_Add($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ValuationDialog_Add($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RiskExport_risk on Risk {\n    id\n    title\n    owner\n    category {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n    valuation(upTo: $upTo) {\n      id\n      probability\n      consequence\n      score\n    }\n    mitigations {\n      id\n      title\n    }\n    hasOverdueMitigations(upTo: $upTo)\n  }\n',
): (typeof documents)['\n  fragment RiskExport_risk on Risk {\n    id\n    title\n    owner\n    category {\n      id\n      name\n    }\n    orgUnit {\n      id\n      name\n    }\n    valuation(upTo: $upTo) {\n      id\n      probability\n      consequence\n      score\n    }\n    mitigations {\n      id\n      title\n    }\n    hasOverdueMitigations(upTo: $upTo)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TargetsEditor_Row on TargetRow {\n    indicator {\n      id\n      name\n      unit\n      periodicity\n      cumulative\n      kind\n      orgUnit {\n        id\n        name\n      }\n    }\n    canEdit\n    isProposal\n    periods\n    periodTargets\n    annualTarget\n    versions {\n      period\n      version\n    }\n    previousOutcomes {\n      year\n      value\n    }\n    previousYearForecast {\n      year\n      value\n    }\n  }\n',
): (typeof documents)['\n  fragment TargetsEditor_Row on TargetRow {\n    indicator {\n      id\n      name\n      unit\n      periodicity\n      cumulative\n      kind\n      orgUnit {\n        id\n        name\n      }\n    }\n    canEdit\n    isProposal\n    periods\n    periodTargets\n    annualTarget\n    versions {\n      period\n      version\n    }\n    previousOutcomes {\n      year\n      value\n    }\n    previousYearForecast {\n      year\n      value\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TargetsEditor_Save($input: TargetsInput!) {\n    saveTargets(input: $input) {\n      indicator {\n        id\n      }\n      periodTargets\n      annualTarget\n      isProposal\n      versions {\n        period\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TargetsEditor_Save($input: TargetsInput!) {\n    saveTargets(input: $input) {\n      indicator {\n        id\n      }\n      periodTargets\n      annualTarget\n      isProposal\n      versions {\n        period\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TargetsEditor_ConfirmProposals($input: ConfirmTargetProposalsInput!) {\n    confirmTargetProposals(input: $input) {\n      indicator {\n        id\n      }\n      isProposal\n      versions {\n        period\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TargetsEditor_ConfirmProposals($input: ConfirmTargetProposalsInput!) {\n    confirmTargetProposals(input: $input) {\n      indicator {\n        id\n      }\n      isProposal\n      versions {\n        period\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ToDoItemLink_item on ToDoItem {\n    id\n    kind\n    title\n    orgUnitName\n    periodKind\n    year\n    periodNumber\n    link\n  }\n',
): (typeof documents)['\n  fragment ToDoItemLink_item on ToDoItem {\n    id\n    kind\n    title\n    orgUnitName\n    periodKind\n    year\n    periodNumber\n    link\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ToDoList_Query {\n    myToDo {\n      id\n      kind\n      deadline\n      overdue\n      ...ToDoItemLink_item\n    }\n  }\n',
): (typeof documents)['\n  query ToDoList_Query {\n    myToDo {\n      id\n      kind\n      deadline\n      overdue\n      ...ToDoItemLink_item\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UseToDoCount_Query {\n    myToDo {\n      id\n      overdue\n    }\n  }\n',
): (typeof documents)['\n  query UseToDoCount_Query {\n    myToDo {\n      id\n      overdue\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UserDialog_Create($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UserDialog_Create($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UserDialog_Update($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      isActive\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UserDialog_Update($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      isActive\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ImportPreview_Query($id: ID!, $status: ValueImportRowStatus, $offset: Int!, $limit: Int!) {\n    valueImport(id: $id) {\n      id\n      kind\n      fileName\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n      rows(status: $status, offset: $offset, limit: $limit) {\n        total\n        rows {\n          rowNumber\n          status\n          orgUnitCode\n          indicator\n          period\n          orgUnit {\n            name\n            parentCode\n            kind\n            validFrom\n          }\n          changes {\n            field\n            old\n            new\n          }\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ImportPreview_Query($id: ID!, $status: ValueImportRowStatus, $offset: Int!, $limit: Int!) {\n    valueImport(id: $id) {\n      id\n      kind\n      fileName\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n      rows(status: $status, offset: $offset, limit: $limit) {\n        total\n        rows {\n          rowNumber\n          status\n          orgUnitCode\n          indicator\n          period\n          orgUnit {\n            name\n            parentCode\n            kind\n            validFrom\n          }\n          changes {\n            field\n            old\n            new\n          }\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ValueImportButton_Row on DataEntryIndicatorRow {\n    period\n    indicator {\n      id\n      code\n      name\n    }\n    value {\n      id\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n    }\n  }\n',
): (typeof documents)['\n  fragment ValueImportButton_Row on DataEntryIndicatorRow {\n    period\n    indicator {\n      id\n      code\n      name\n    }\n    value {\n      id\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ValueImportDialog_Counts($id: ID!) {\n    valueImport(id: $id) {\n      id\n      fileName\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ValueImportDialog_Counts($id: ID!) {\n    valueImport(id: $id) {\n      id\n      fileName\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ValueImportDialog_Commit($id: ID!, $correctionReason: String) {\n    commitValueImport(id: $id, correctionReason: $correctionReason) {\n      id\n      status\n      writtenCount\n    }\n  }\n',
): (typeof documents)['\n  mutation ValueImportDialog_Commit($id: ID!, $correctionReason: String) {\n    commitValueImport(id: $id, correctionReason: $correctionReason) {\n      id\n      status\n      writtenCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ValueImportDialog_Cancel($id: ID!) {\n    cancelValueImport(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ValueImportDialog_Cancel($id: ID!) {\n    cancelValueImport(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssignmentsPage_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      code\n      name\n      children {\n        id\n        name\n        isClosed\n      }\n    }\n    viewer {\n      id\n      canPlan: holds(role: PLANNER, orgUnitCode: $orgUnitCode)\n    }\n    assignments(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      orgUnit {\n        id\n      }\n      ...AssignmentsExport_assignment @unmask\n      ...AssignmentTable_assignment\n    }\n    auditReports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      orgUnit {\n        id\n        code\n      }\n      ...AuditReportList_report\n    }\n  }\n',
): (typeof documents)['\n  query AssignmentsPage_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      code\n      name\n      children {\n        id\n        name\n        isClosed\n      }\n    }\n    viewer {\n      id\n      canPlan: holds(role: PLANNER, orgUnitCode: $orgUnitCode)\n    }\n    assignments(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      orgUnit {\n        id\n      }\n      ...AssignmentsExport_assignment @unmask\n      ...AssignmentTable_assignment\n    }\n    auditReports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      orgUnit {\n        id\n        code\n      }\n      ...AuditReportList_report\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLogPage_Query($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nextCursor\n      events {\n        id\n        occurredAt\n        operation\n        action\n        entityType\n        entityId\n        entityName\n        author {\n          id\n          name\n        }\n        orgUnit {\n          id\n          name\n        }\n        changes {\n          field\n          oldValue\n          newValue\n          referencedType\n          oldName\n          newName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLogPage_Query($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nextCursor\n      events {\n        id\n        occurredAt\n        operation\n        action\n        entityType\n        entityId\n        entityName\n        author {\n          id\n          name\n        }\n        orgUnit {\n          id\n          name\n        }\n        changes {\n          field\n          oldValue\n          newValue\n          referencedType\n          oldName\n          newName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DataEntryPage_Query($orgUnitCode: String!, $period: MonthInput!, $year: Int!) {\n    reportingCalendar(year: $year) {\n      id\n      periods {\n        id\n        startDate\n        endDate\n        status\n      }\n    }\n    forecastRounds(year: $year) {\n      id\n      name\n      asOf\n      status\n      version\n    }\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $period) {\n      year\n      month\n      canEdit\n      orgUnit {\n        id\n        name\n      }\n      indicatorRows {\n        ...IndicatorValuesSection_Row @unmask\n        ...ValueImportButton_Row @unmask\n      }\n      goalRows {\n        ...AssessmentsSection_Goal @unmask\n      }\n      activityRows {\n        ...AssessmentsSection_Activity @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DataEntryPage_Query($orgUnitCode: String!, $period: MonthInput!, $year: Int!) {\n    reportingCalendar(year: $year) {\n      id\n      periods {\n        id\n        startDate\n        endDate\n        status\n      }\n    }\n    forecastRounds(year: $year) {\n      id\n      name\n      asOf\n      status\n      version\n    }\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $period) {\n      year\n      month\n      canEdit\n      orgUnit {\n        id\n        name\n      }\n      indicatorRows {\n        ...IndicatorValuesSection_Row @unmask\n        ...ValueImportButton_Row @unmask\n      }\n      goalRows {\n        ...AssessmentsSection_Goal @unmask\n      }\n      activityRows {\n        ...AssessmentsSection_Activity @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EconomyPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        id\n        name\n      }\n      lines {\n        indicator {\n          id\n          code\n          name\n        }\n        outcomeToDate\n        budgetToDate\n        ...FinancialTable_line @unmask\n      }\n      businessAreaResults {\n        ...BusinessAreaResultTable_row @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EconomyPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        id\n        name\n      }\n      lines {\n        indicator {\n          id\n          code\n          name\n        }\n        outcomeToDate\n        budgetToDate\n        ...FinancialTable_line @unmask\n      }\n      businessAreaResults {\n        ...BusinessAreaResultTable_row @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FirstRunPage_Query {\n    signInOptions {\n      firstRun\n    }\n  }\n',
): (typeof documents)['\n  query FirstRunPage_Query {\n    signInOptions {\n      firstRun\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ForecastAccuracyPage_Years {\n    forecastRoundYears\n  }\n',
): (typeof documents)['\n  query ForecastAccuracyPage_Years {\n    forecastRoundYears\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ForecastAccuracyPage_Query($orgUnitCode: String!, $year: Int!) {\n    forecastAccuracy(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      orgUnit {\n        id\n        name\n      }\n      rounds {\n        id\n        name\n        asOf\n        isDemoValue\n      }\n      meanAbsolutePercentageError\n      comparedForecasts\n      byRound {\n        round {\n          id\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n      byUnit {\n        orgUnit {\n          id\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n      indicators {\n        indicator {\n          id\n          name\n          unit\n          orgUnit {\n            id\n            name\n          }\n        }\n        outcome\n        outcomeIsSynthetic\n        meanAbsoluteError\n        meanAbsolutePercentageError\n        forecasts {\n          round {\n            id\n          }\n          forecast\n          carriedOver\n          error\n          absoluteError\n          relativeError\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ForecastAccuracyPage_Query($orgUnitCode: String!, $year: Int!) {\n    forecastAccuracy(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      orgUnit {\n        id\n        name\n      }\n      rounds {\n        id\n        name\n        asOf\n        isDemoValue\n      }\n      meanAbsolutePercentageError\n      comparedForecasts\n      byRound {\n        round {\n          id\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n      byUnit {\n        orgUnit {\n          id\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n      indicators {\n        indicator {\n          id\n          name\n          unit\n          orgUnit {\n            id\n            name\n          }\n        }\n        outcome\n        outcomeIsSynthetic\n        meanAbsoluteError\n        meanAbsolutePercentageError\n        forecasts {\n          round {\n            id\n          }\n          forecast\n          carriedOver\n          error\n          absoluteError\n          relativeError\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalsPage_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n      planner: canPlan\n      canPlan(year: $year)\n      planLock(year: $year)\n      parent {\n        id\n        code\n        name\n      }\n    }\n    viewer {\n      id\n      canAssess: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    perspectives {\n      id\n      name\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      level\n      orgUnit {\n        id\n      }\n      perspective {\n        id\n        name\n      }\n      ...GoalFilter_goal @unmask\n      ...GoalsExport_goal @unmask\n      ...GoalsByPerspective_goal\n    }\n    assignments(orgUnitCode: $orgUnitCode) {\n      id\n      orgUnit {\n        id\n      }\n      ...AssignmentsExport_assignment @unmask\n      ...AssignmentTable_assignment\n    }\n  }\n',
): (typeof documents)['\n  query GoalsPage_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n      planner: canPlan\n      canPlan(year: $year)\n      planLock(year: $year)\n      parent {\n        id\n        code\n        name\n      }\n    }\n    viewer {\n      id\n      canAssess: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    perspectives {\n      id\n      name\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      level\n      orgUnit {\n        id\n      }\n      perspective {\n        id\n        name\n      }\n      ...GoalFilter_goal @unmask\n      ...GoalsExport_goal @unmask\n      ...GoalsByPerspective_goal\n    }\n    assignments(orgUnitCode: $orgUnitCode) {\n      id\n      orgUnit {\n        id\n      }\n      ...AssignmentsExport_assignment @unmask\n      ...AssignmentTable_assignment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorPage_Query(\n    $id: ID!\n    $granularity: Periodicity!\n    $fromYear: Int!\n    $toYear: Int!\n    $compareWith: [String!]!\n  ) {\n    indicator(id: $id) {\n      id\n      name\n      description\n      unit\n      periodicity\n      canSetStatus\n      cumulative\n      levelAggregation\n      orgUnit {\n        id\n        name\n      }\n      ...ThresholdHistorySection_indicator\n      series(granularity: $granularity, fromYear: $fromYear, toYear: $toYear) {\n        ...IndicatorSeries_point @unmask\n      }\n      comparable: sameInOtherUnits {\n        id\n        orgUnit {\n          id\n          code\n          name\n        }\n      }\n      compared: sameInOtherUnits(orgUnitCodes: $compareWith) {\n        id\n        orgUnit {\n          id\n          code\n          name\n        }\n        series(granularity: $granularity, fromYear: $fromYear, toYear: $toYear) {\n          period\n          outcome\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IndicatorPage_Query(\n    $id: ID!\n    $granularity: Periodicity!\n    $fromYear: Int!\n    $toYear: Int!\n    $compareWith: [String!]!\n  ) {\n    indicator(id: $id) {\n      id\n      name\n      description\n      unit\n      periodicity\n      canSetStatus\n      cumulative\n      levelAggregation\n      orgUnit {\n        id\n        name\n      }\n      ...ThresholdHistorySection_indicator\n      series(granularity: $granularity, fromYear: $fromYear, toYear: $toYear) {\n        ...IndicatorSeries_point @unmask\n      }\n      comparable: sameInOtherUnits {\n        id\n        orgUnit {\n          id\n          code\n          name\n        }\n      }\n      compared: sameInOtherUnits(orgUnitCodes: $compareWith) {\n        id\n        orgUnit {\n          id\n          code\n          name\n        }\n        series(granularity: $granularity, fromYear: $fromYear, toYear: $toYear) {\n          period\n          outcome\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganisationPage_Query {\n    orgUnits {\n      id\n      ...OrgUnitTree_orgUnit\n      ...OrgUnitImportButton_orgUnit\n    }\n  }\n',
): (typeof documents)['\n  query OrganisationPage_Query {\n    orgUnits {\n      id\n      ...OrgUnitTree_orgUnit\n      ...OrgUnitImportButton_orgUnit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OverviewPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      ...EconomyGlance_economy @unmask\n    }\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        id\n        name\n      }\n      attention {\n        ...AttentionSection_attention @unmask\n      }\n      perspectives {\n        perspective {\n          id\n        }\n        ...PerspectiveCard_summary @unmask\n      }\n      keyIndicators {\n        indicator {\n          id\n        }\n        ...KeyIndicatorTile_tile @unmask\n      }\n      redProjects {\n        id\n        name\n        portfolioName\n        statusDate\n        time\n        cost\n        result\n      }\n      changeCount\n      changes(first: 20) {\n        kind\n        id\n        name\n        previous\n        current\n        previousSetByHand\n        currentSetByHand\n        orgUnit {\n          id\n          name\n        }\n      }\n      topRisks {\n        id\n        title\n        categoryName\n        probability\n        consequence\n        score\n        isDemoValue\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OverviewPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      ...EconomyGlance_economy @unmask\n    }\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        id\n        name\n      }\n      attention {\n        ...AttentionSection_attention @unmask\n      }\n      perspectives {\n        perspective {\n          id\n        }\n        ...PerspectiveCard_summary @unmask\n      }\n      keyIndicators {\n        indicator {\n          id\n        }\n        ...KeyIndicatorTile_tile @unmask\n      }\n      redProjects {\n        id\n        name\n        portfolioName\n        statusDate\n        time\n        cost\n        result\n      }\n      changeCount\n      changes(first: 20) {\n        kind\n        id\n        name\n        previous\n        current\n        previousSetByHand\n        currentSetByHand\n        orgUnit {\n          id\n          name\n        }\n      }\n      topRisks {\n        id\n        title\n        categoryName\n        probability\n        consequence\n        score\n        isDemoValue\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanPage_Query($orgUnitCode: String!, $year: Int!) {\n    planOfYear(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      lock\n      mayAdopt\n      mayPlan\n      orgUnit {\n        id\n        name\n      }\n      plan {\n        id\n        status\n        ...PlanStatusCard_plan\n        ...PlanHistory_plan\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlanPage_Query($orgUnitCode: String!, $year: Int!) {\n    planOfYear(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      lock\n      mayAdopt\n      mayPlan\n      orgUnit {\n        id\n        name\n      }\n      plan {\n        id\n        status\n        ...PlanStatusCard_plan\n        ...PlanHistory_plan\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortfolioPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    portfolioOwningUnits {\n      id\n    }\n    portfolios(orgUnitCode: $orgUnitCode) {\n      id\n      name\n      ...PortfolioSection_portfolio\n      projects: projectsAsOf(month: $upTo) {\n        id\n        ...BoardFilter_project @unmask\n        ...TimelineSection_project\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PortfolioPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    portfolioOwningUnits {\n      id\n    }\n    portfolios(orgUnitCode: $orgUnitCode) {\n      id\n      name\n      ...PortfolioSection_portfolio\n      projects: projectsAsOf(month: $upTo) {\n        id\n        ...BoardFilter_project @unmask\n        ...TimelineSection_project\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectPage_Query($id: ID!, $upTo: MonthInput!) {\n    project(id: $id) {\n      id\n      name\n      description\n      version\n      canEdit\n      state\n      ...ProjectDetailsDialog_project @unmask\n      ...ProjectFacts_project\n      statusUpdates {\n        id\n        ...StatusUpdateHistory_statusUpdate\n        ...ProjectStatusUpdateDialog_startFrom @unmask\n      }\n      stateChanges {\n        id\n        ...StateChangeList_change\n      }\n      moves {\n        id\n        ...ProjectMoveList_move\n      }\n      ...ProjectLineage_project\n    }\n    editablePortfolios {\n      id\n      name\n      orgUnit {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProjectPage_Query($id: ID!, $upTo: MonthInput!) {\n    project(id: $id) {\n      id\n      name\n      description\n      version\n      canEdit\n      state\n      ...ProjectDetailsDialog_project @unmask\n      ...ProjectFacts_project\n      statusUpdates {\n        id\n        ...StatusUpdateHistory_statusUpdate\n        ...ProjectStatusUpdateDialog_startFrom @unmask\n      }\n      stateChanges {\n        id\n        ...StateChangeList_change\n      }\n      moves {\n        id\n        ...ProjectMoveList_move\n      }\n      ...ProjectLineage_project\n    }\n    editablePortfolios {\n      id\n      name\n      orgUnit {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportPage_Query($id: ID!) {\n    report(id: $id) {\n      id\n      type\n      status\n      version\n      period {\n        year\n        month\n      }\n      frozenAt\n      approvedBy {\n        id\n        name\n      }\n      viewerCanEdit\n      viewerCanApprove\n      orgUnit {\n        id\n        name\n        code\n      }\n      comments {\n        id\n        text\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      comparison {\n        previous {\n          id\n          type\n          period {\n            year\n            month\n          }\n        }\n        colourChanges {\n          kind\n          name\n          previous\n          current\n        }\n        forecastChanges {\n          name\n          unit\n          previous\n          current\n        }\n        assignmentChanges {\n          title\n          previous\n          current\n        }\n      }\n      content {\n        compiledAt\n        isFrozen\n        sections {\n          id\n          kind\n          title\n          perspectiveName\n          analysisText\n          analysisVersion\n          analysisUpdatedAt\n          analysisUpdatedBy {\n            id\n            name\n          }\n          goalSummary {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          goals {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          indicatorTables {\n            periodicity\n            periodLabel\n            previousPeriodLabel\n            hasRolling12\n            rows {\n              indicatorId\n              name\n              unit\n              previousYearOutcome\n              outcome\n              periodTarget\n              fullYearForecast\n              annualTarget\n              rolling12\n              status\n              statusSetByHand\n              isGenerated\n              previousYearIsGenerated\n            }\n          }\n          activities {\n            perspectiveName\n            title\n            endDate\n            status\n            comment\n          }\n          assignments {\n            title\n            source\n            caseNumber\n            dueDate\n            status\n            isOverdue\n            comment\n          }\n          financialLines {\n            name\n            unit\n            previousYearToDate\n            outcomeToDate\n            budgetToDate\n            fullYearForecast\n            fullYearBudget\n            rolledUpFrom\n          }\n          businessAreaResults {\n            name\n            depth\n            isTotal\n            resultToDate\n            fullYearForecast\n            rolledUpFrom\n          }\n          portfolios {\n            name\n            narrative\n            changes\n          }\n          deviatingProjects {\n            portfolioName\n            name\n            state\n            time\n            cost\n            result\n            reportDate\n            deviations {\n              dimension\n              status\n              cause\n              action\n            }\n          }\n          risks {\n            title\n            categoryName\n            probability\n            consequence\n            score\n            mitigations\n            isDemoValue\n          }\n          charts {\n            title\n            kind\n            unit\n            categories\n            generatedCategories\n            series {\n              name\n              values\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportPage_Query($id: ID!) {\n    report(id: $id) {\n      id\n      type\n      status\n      version\n      period {\n        year\n        month\n      }\n      frozenAt\n      approvedBy {\n        id\n        name\n      }\n      viewerCanEdit\n      viewerCanApprove\n      orgUnit {\n        id\n        name\n        code\n      }\n      comments {\n        id\n        text\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      comparison {\n        previous {\n          id\n          type\n          period {\n            year\n            month\n          }\n        }\n        colourChanges {\n          kind\n          name\n          previous\n          current\n        }\n        forecastChanges {\n          name\n          unit\n          previous\n          current\n        }\n        assignmentChanges {\n          title\n          previous\n          current\n        }\n      }\n      content {\n        compiledAt\n        isFrozen\n        sections {\n          id\n          kind\n          title\n          perspectiveName\n          analysisText\n          analysisVersion\n          analysisUpdatedAt\n          analysisUpdatedBy {\n            id\n            name\n          }\n          goalSummary {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          goals {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          indicatorTables {\n            periodicity\n            periodLabel\n            previousPeriodLabel\n            hasRolling12\n            rows {\n              indicatorId\n              name\n              unit\n              previousYearOutcome\n              outcome\n              periodTarget\n              fullYearForecast\n              annualTarget\n              rolling12\n              status\n              statusSetByHand\n              isGenerated\n              previousYearIsGenerated\n            }\n          }\n          activities {\n            perspectiveName\n            title\n            endDate\n            status\n            comment\n          }\n          assignments {\n            title\n            source\n            caseNumber\n            dueDate\n            status\n            isOverdue\n            comment\n          }\n          financialLines {\n            name\n            unit\n            previousYearToDate\n            outcomeToDate\n            budgetToDate\n            fullYearForecast\n            fullYearBudget\n            rolledUpFrom\n          }\n          businessAreaResults {\n            name\n            depth\n            isTotal\n            resultToDate\n            fullYearForecast\n            rolledUpFrom\n          }\n          portfolios {\n            name\n            narrative\n            changes\n          }\n          deviatingProjects {\n            portfolioName\n            name\n            state\n            time\n            cost\n            result\n            reportDate\n            deviations {\n              dimension\n              status\n              cause\n              action\n            }\n          }\n          risks {\n            title\n            categoryName\n            probability\n            consequence\n            score\n            mitigations\n            isDemoValue\n          }\n          charts {\n            title\n            kind\n            unit\n            categories\n            generatedCategories\n            series {\n              name\n              values\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingDisciplinePage_Query($orgUnitCode: String!, $year: Int!) {\n    reportingDiscipline(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      orgUnit {\n        id\n        name\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n      ...DisciplineMatrix_discipline @unmask\n      ...BehindTables_discipline @unmask\n      ...MissingItemsTable_discipline @unmask\n    }\n  }\n',
): (typeof documents)['\n  query ReportingDisciplinePage_Query($orgUnitCode: String!, $year: Int!) {\n    reportingDiscipline(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      orgUnit {\n        id\n        name\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n      ...DisciplineMatrix_discipline @unmask\n      ...BehindTables_discipline @unmask\n      ...MissingItemsTable_discipline @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportsPage_Query($orgUnitCode: String!, $year: Int!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    viewer {\n      id\n      canCreate: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      type\n      status\n      period {\n        year\n        month\n      }\n      createdAt\n      frozenAt\n    }\n  }\n',
): (typeof documents)['\n  query ReportsPage_Query($orgUnitCode: String!, $year: Int!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    viewer {\n      id\n      canCreate: holds(role: ANALYST, orgUnitCode: $orgUnitCode)\n    }\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      type\n      status\n      period {\n        year\n        month\n      }\n      createdAt\n      frozenAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignInPage_Query {\n    signInOptions {\n      firstRun\n      singleSignOn\n      demoAccounts {\n        email\n        name\n        password\n        roles {\n          role\n          orgUnitName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SignInPage_Query {\n    signInOptions {\n      firstRun\n      singleSignOn\n      demoAccounts {\n        email\n        name\n        password\n        roles {\n          role\n          orgUnitName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TargetsPage_Query($orgUnitCode: String!, $year: Int!, $includeSubunits: Boolean!) {\n    targetSheet(orgUnitCode: $orgUnitCode, year: $year, includeSubunits: $includeSubunits) {\n      year\n      canEdit\n      orgUnit {\n        id\n        name\n      }\n      rows {\n        ...TargetsEditor_Row @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TargetsPage_Query($orgUnitCode: String!, $year: Int!, $includeSubunits: Boolean!) {\n    targetSheet(orgUnitCode: $orgUnitCode, year: $year, includeSubunits: $includeSubunits) {\n      year\n      canEdit\n      orgUnit {\n        id\n        name\n      }\n      rows {\n        ...TargetsEditor_Row @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsersPage_Query {\n    users {\n      id\n      email\n      name\n      isActive\n      singleSignOn\n      version\n      roles {\n        role\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query UsersPage_Query {\n    users {\n      id\n      email\n      name\n      isActive\n      singleSignOn\n      version\n      roles {\n        role\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
