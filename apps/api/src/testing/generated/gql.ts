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
  '\n  query AnswerCacheMayValue($id: ID!) {\n    indicator(id: $id) {\n      name\n      value(period: "2023-05") {\n        outcome\n        version\n      }\n    }\n  }\n': typeof types.AnswerCacheMayValueDocument;
  '\n  mutation AnswerCacheSaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      outcome\n    }\n  }\n': typeof types.AnswerCacheSaveValueDocument;
  '\n  query AnswerCacheOverviewOf($code: String!) {\n    overview(orgUnitCode: $code, upTo: { year: 2023, month: 5 }) {\n      orgUnit {\n        code\n      }\n    }\n  }\n': typeof types.AnswerCacheOverviewOfDocument;
  '\n  query AnswerCacheUnits {\n    orgUnits {\n      code\n    }\n  }\n': typeof types.AnswerCacheUnitsDocument;
  '\n  query AnswerCacheViewerAndOverview {\n    viewer {\n      name\n    }\n    overview(orgUnitCode: "intraservice", upTo: { year: 2023, month: 5 }) {\n      orgUnit {\n        code\n      }\n    }\n  }\n': typeof types.AnswerCacheViewerAndOverviewDocument;
  '\n  query CancellationGoals($year: Int!) {\n    goals(orgUnitCode: "intraservice", year: $year) {\n      title\n      parents {\n        title\n      }\n      assessment(upTo: { year: 2023, month: 5 }) {\n        fulfilment\n      }\n      indicators {\n        name\n        latestValue(upTo: { year: 2023, month: 5 }) {\n          outcome\n          status\n        }\n      }\n    }\n  }\n': typeof types.CancellationGoalsDocument;
  '\n  query FirstRunTest_Due {\n    signInOptions {\n      firstRun\n    }\n  }\n': typeof types.FirstRunTest_DueDocument;
  '\n  query FirstRunTest_Viewer {\n    viewer {\n      name\n      isAdministrator\n      roles {\n        role\n        orgUnit {\n          name\n        }\n      }\n    }\n  }\n': typeof types.FirstRunTest_ViewerDocument;
  '\n  query FirstRunTest_RiskCategories {\n    riskCategories {\n      id\n      name\n    }\n    viewer {\n      roles {\n        orgUnit {\n          id\n        }\n      }\n    }\n  }\n': typeof types.FirstRunTest_RiskCategoriesDocument;
  '\n  mutation FirstRunTest_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      email\n    }\n  }\n': typeof types.FirstRunTest_CreateUserDocument;
  '\n  mutation FirstRunTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      title\n      category {\n        name\n      }\n    }\n  }\n': typeof types.FirstRunTest_CreateRiskDocument;
  '\n    mutation RolesTest_SetAssessment($input: GoalAssessmentInput!) {\n      setGoalAssessment(input: $input) {\n        fulfilment\n        version\n      }\n    }\n  ': typeof types.RolesTest_SetAssessmentDocument;
  '\n    mutation RolesTest_CreateUser($input: CreateUserInput!) {\n      createUser(input: $input) {\n        email\n        roles {\n          role\n          orgUnit {\n            code\n          }\n        }\n      }\n    }\n  ': typeof types.RolesTest_CreateUserDocument;
  '\n    query RolesTest_OrgUnits {\n      orgUnits {\n        code\n      }\n    }\n  ': typeof types.RolesTest_OrgUnitsDocument;
  '\n          query RolesTest_SignInOptions {\n            signInOptions {\n              singleSignOn\n            }\n            viewer {\n              id\n            }\n          }\n        ': typeof types.RolesTest_SignInOptionsDocument;
  '\n          query RolesTest_SiblingCommittee {\n            direct: orgUnit(code: "kommunstyrelsen") {\n              name\n            }\n            nested: orgUnit(code: "goteborg") {\n              children {\n                code\n              }\n            }\n            goals(orgUnitCode: "kommunstyrelsen", year: 2023) {\n              title\n            }\n            councilGoal: goals(orgUnitCode: "intraservice", year: 2023) {\n              children {\n                title\n              }\n            }\n          }\n        ': typeof types.RolesTest_SiblingCommitteeDocument;
  '\n          query RolesTest_Goals {\n            goals(orgUnitCode: "intraservice", year: 2023) {\n              title\n            }\n          }\n        ': typeof types.RolesTest_GoalsDocument;
  '\n      query RolesTest_Users {\n        users {\n          email\n        }\n      }\n    ': typeof types.RolesTest_UsersDocument;
  '\n  mutation AssignmentWritesTest_Create($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      title\n      source\n      caseNumber\n      deadline\n      year\n      orgUnit {\n        code\n      }\n      version\n    }\n  }\n': typeof types.AssignmentWritesTest_CreateDocument;
  '\n  mutation AssignmentWritesTest_Update($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      title\n      caseNumber\n      deadline\n      orgUnit {\n        code\n      }\n      version\n    }\n  }\n': typeof types.AssignmentWritesTest_UpdateDocument;
  '\n  mutation AssignmentWritesTest_SaveUpdate($input: AssignmentUpdateInput!) {\n    saveAssignmentUpdate(input: $input) {\n      year\n      month\n      status\n      comment\n      decisionDate\n      decisionCaseNumber\n      version\n    }\n  }\n': typeof types.AssignmentWritesTest_SaveUpdateDocument;
  '\n  query AssignmentWritesTest_Overdue($orgUnitCode: String!, $upTo: MonthInput!) {\n    assignments(orgUnitCode: $orgUnitCode) {\n      id\n      isOverdue(upTo: $upTo)\n      update(upTo: $upTo) {\n        status\n      }\n    }\n  }\n': typeof types.AssignmentWritesTest_OverdueDocument;
  '\n  query AssignmentsTest_Assignments($orgUnitCode: String!, $year: Int, $upTo: MonthInput!) {\n    assignments(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      source\n      caseNumber\n      deadline\n      year\n      orgUnit {\n        code\n      }\n      update(upTo: $upTo) {\n        status\n        comment\n      }\n      isOverdue(upTo: $upTo)\n    }\n  }\n': typeof types.AssignmentsTest_AssignmentsDocument;
  '\n  query AssignmentsTest_AuditReports($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    auditReports(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      auditor\n      reportDate\n      recommendations {\n        recommendation\n        action\n        ownerName\n        ownerUser {\n          name\n        }\n        dueDate\n        update(upTo: $upTo) {\n          status\n          comment\n        }\n        isOverdue(upTo: $upTo)\n      }\n    }\n  }\n': typeof types.AssignmentsTest_AuditReportsDocument;
  '\n  mutation AuditReportWritesTest_CreateReport($input: CreateAuditReportInput!) {\n    createAuditReport(input: $input) {\n      id\n      title\n      auditor\n      reportDate\n      caseNumber\n      year\n      version\n    }\n  }\n': typeof types.AuditReportWritesTest_CreateReportDocument;
  '\n  mutation AuditReportWritesTest_UpdateReport($input: UpdateAuditReportInput!) {\n    updateAuditReport(input: $input) {\n      title\n      version\n    }\n  }\n': typeof types.AuditReportWritesTest_UpdateReportDocument;
  '\n  mutation AuditReportWritesTest_CreateRecommendation($input: CreateAuditRecommendationInput!) {\n    createAuditRecommendation(input: $input) {\n      id\n      recommendation\n      action\n      ownerName\n      ownerUser {\n        name\n      }\n      dueDate\n      version\n    }\n  }\n': typeof types.AuditReportWritesTest_CreateRecommendationDocument;
  '\n  mutation AuditReportWritesTest_UpdateRecommendation($input: UpdateAuditRecommendationInput!) {\n    updateAuditRecommendation(input: $input) {\n      action\n      ownerName\n      ownerUser {\n        name\n      }\n      version\n    }\n  }\n': typeof types.AuditReportWritesTest_UpdateRecommendationDocument;
  '\n  mutation AuditReportWritesTest_SaveActionUpdate($input: AuditActionUpdateInput!) {\n    saveAuditActionUpdate(input: $input) {\n      year\n      month\n      status\n      comment\n      version\n    }\n  }\n': typeof types.AuditReportWritesTest_SaveActionUpdateDocument;
  '\n  query AuditReportWritesTest_OwnerCandidates($orgUnitCode: String!) {\n    auditActionOwnerCandidates(orgUnitCode: $orgUnitCode) {\n      name\n    }\n  }\n': typeof types.AuditReportWritesTest_OwnerCandidatesDocument;
  '\n  query AuditLogNamesTest_Log($filter: AuditLogFilter, $first: Int) {\n    auditLog(filter: $filter, first: $first) {\n      events {\n        action\n        entityType\n        entityName\n        changes {\n          field\n          oldValue\n          newValue\n          referencedType\n          oldName\n          newName\n        }\n      }\n    }\n  }\n': typeof types.AuditLogNamesTest_LogDocument;
  '\n  mutation AuditTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      id\n      period\n      outcome\n      comment\n      version\n      status\n    }\n  }\n': typeof types.AuditTest_SaveValueDocument;
  '\n  query AuditTest_History($id: ID!) {\n    history(entityType: "IndicatorValue", entityId: $id) {\n      operation\n      action\n      author {\n        name\n      }\n      orgUnit {\n        code\n      }\n      changes {\n        field\n        oldValue\n        newValue\n      }\n    }\n  }\n': typeof types.AuditTest_HistoryDocument;
  '\n  mutation BadInputTest_SetReminderFrequency($input: SetReminderFrequencyInput!) {\n    setReminderFrequency(input: $input) {\n      frequency\n      version\n    }\n  }\n': typeof types.BadInputTest_SetReminderFrequencyDocument;
  '\n  mutation BadInputTest_RetryReminderMail($input: RetryReminderMailInput!) {\n    retryReminderMail(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.BadInputTest_RetryReminderMailDocument;
  '\n  mutation BadInputTest_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      name\n    }\n  }\n': typeof types.BadInputTest_CreateUserDocument;
  '\n  mutation BadInputTest_UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      version\n    }\n  }\n': typeof types.BadInputTest_UpdateUserDocument;
  '\n  mutation BadInputTest_SetAssessment($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      comment\n      version\n    }\n  }\n': typeof types.BadInputTest_SetAssessmentDocument;
  '\n  mutation BadInputTest_GenerateCalendar($input: GenerateReportingCalendarInput!) {\n    generateReportingCalendar(input: $input) {\n      id\n    }\n  }\n': typeof types.BadInputTest_GenerateCalendarDocument;
  '\n  mutation BadInputTest_MoveDeadline($input: SetReportingPeriodDeadlineInput!) {\n    setReportingPeriodDeadline(input: $input) {\n      id\n      deadline\n    }\n  }\n': typeof types.BadInputTest_MoveDeadlineDocument;
  '\n  mutation BadInputTest_SetLevelDeadline($input: SetReportingLevelDeadlineInput!) {\n    setReportingLevelDeadline(input: $input) {\n      id\n    }\n  }\n': typeof types.BadInputTest_SetLevelDeadlineDocument;
  '\n  mutation BadInputTest_ClosePeriod($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.BadInputTest_ClosePeriodDocument;
  '\n  mutation BadInputTest_ReopenPeriod($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.BadInputTest_ReopenPeriodDocument;
  '\n  mutation BadInputTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      id\n      comment\n      version\n    }\n  }\n': typeof types.BadInputTest_SaveValueDocument;
  '\n  mutation BadInputTest_AddReport($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      id\n      comment\n    }\n  }\n': typeof types.BadInputTest_AddReportDocument;
  '\n  mutation BadInputTest_MoveProject($input: ProjectMoveInput!) {\n    moveProject(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.BadInputTest_MoveProjectDocument;
  '\n  mutation BadInputTest_UpdateProject($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      id\n      name\n      version\n    }\n  }\n': typeof types.BadInputTest_UpdateProjectDocument;
  '\n  mutation BadInputTest_CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n    }\n  }\n': typeof types.BadInputTest_CreatePortfolioDocument;
  '\n  mutation BadInputTest_UpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.BadInputTest_UpdatePortfolioDocument;
  '\n  mutation BadInputTest_CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n': typeof types.BadInputTest_CreateProjectDocument;
  '\n  mutation BadInputTest_ChangePhase($input: ProjectPhaseChangeInput!) {\n    changeProjectPhase(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.BadInputTest_ChangePhaseDocument;
  '\n  mutation BadInputTest_SplitProject($input: SplitProjectInput!) {\n    splitProject(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.BadInputTest_SplitProjectDocument;
  '\n  mutation BadInputTest_MergeProjects($input: MergeProjectsInput!) {\n    mergeProjects(input: $input) {\n      id\n    }\n  }\n': typeof types.BadInputTest_MergeProjectsDocument;
  '\n  mutation BadInputTest_ChangeState($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      id\n      state\n      version\n    }\n  }\n': typeof types.BadInputTest_ChangeStateDocument;
  '\n  mutation BadInputTest_SavePortfolioStatus($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      id\n      narrative\n      version\n    }\n  }\n': typeof types.BadInputTest_SavePortfolioStatusDocument;
  '\n  mutation BadInputTest_CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n': typeof types.BadInputTest_CreateOrgUnitDocument;
  '\n  mutation BadInputTest_RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n': typeof types.BadInputTest_RenameOrgUnitDocument;
  '\n  mutation BadInputTest_MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.BadInputTest_MoveOrgUnitDocument;
  '\n  mutation BadInputTest_CloseOrgUnit($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      id\n      validTo\n      version\n    }\n  }\n': typeof types.BadInputTest_CloseOrgUnitDocument;
  '\n  mutation BadInputTest_CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      code\n      version\n    }\n  }\n': typeof types.BadInputTest_CreateIndicatorDocument;
  '\n  mutation BadInputTest_UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      name\n      version\n    }\n  }\n': typeof types.BadInputTest_UpdateIndicatorDocument;
  '\n  mutation BadInputTest_SetIndicatorRetired($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n': typeof types.BadInputTest_SetIndicatorRetiredDocument;
  '\n      query BadInputTest_AuditLog($filter: AuditLogFilter) {\n        auditLog(filter: $filter) {\n          events {\n            id\n          }\n          nextCursor\n        }\n      }\n    ': typeof types.BadInputTest_AuditLogDocument;
  '\n  mutation ConcurrentCreationTest_SetAssessment($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.ConcurrentCreationTest_SetAssessmentDocument;
  '\n  mutation ConcurrentCreationTest_SaveActivityUpdate($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.ConcurrentCreationTest_SaveActivityUpdateDocument;
  '\n  mutation ConcurrentCreationTest_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n': typeof types.ConcurrentCreationTest_CreateUserDocument;
  '\n  mutation ConcurrentCreationTest_RecordControlResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.ConcurrentCreationTest_RecordControlResultDocument;
  '\n  query DataEntryTest_Sheet($orgUnitCode: String!, $period: MonthInput!) {\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $period) {\n      year\n      month\n      canEdit\n      orgUnit {\n        code\n      }\n      indicatorRows {\n        period\n        indicator {\n          name\n          unit\n        }\n        value {\n          outcome\n          periodTarget\n          fullYearForecast\n          status\n          isSynthetic\n          version\n        }\n      }\n      goalRows {\n        goal {\n          title\n        }\n        assessment {\n          fulfilment\n        }\n      }\n      activityRows {\n        activity {\n          title\n        }\n        update {\n          status\n          comment\n          version\n        }\n      }\n    }\n  }\n': typeof types.DataEntryTest_SheetDocument;
  '\n  mutation DataEntryTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      period\n      outcome\n      fullYearForecast\n      comment\n      isSynthetic\n      version\n    }\n  }\n': typeof types.DataEntryTest_SaveValuesDocument;
  '\n  mutation DataEntryTest_SaveActivity($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      month\n      status\n      comment\n      version\n    }\n  }\n': typeof types.DataEntryTest_SaveActivityDocument;
  '\n  mutation DataEntryTest_SaveRolling12($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      period\n      outcome\n      rolling12\n      version\n    }\n  }\n': typeof types.DataEntryTest_SaveRolling12Document;
  '\n  mutation DataEntryTest_SaveOneRolling12($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      rolling12\n    }\n  }\n': typeof types.DataEntryTest_SaveOneRolling12Document;
  '\n  mutation DataEntryTest_SaveSomeFigures($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n      version\n    }\n  }\n': typeof types.DataEntryTest_SaveSomeFiguresDocument;
  '\n  query DataEntryTest_SheetRolling12($orgUnitCode: String!, $period: MonthInput!) {\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $period) {\n      indicatorRows {\n        period\n        indicator {\n          name\n        }\n        value {\n          rolling12\n        }\n      }\n    }\n  }\n': typeof types.DataEntryTest_SheetRolling12Document;
  '\n  mutation ValueStatusTest_Set($input: SetIndicatorValueStatusInput!) {\n    setIndicatorValueStatus(input: $input) {\n      period\n      status\n      ruleStatus\n      statusOverride\n      statusOverrideReason\n      version\n    }\n  }\n': typeof types.ValueStatusTest_SetDocument;
  '\n  query ValueStatusTest_Indicator($id: ID!) {\n    indicator(id: $id) {\n      canSetStatus\n      value(period: "2023-05") {\n        status\n        ruleStatus\n        statusOverride\n        statusOverrideReason\n        version\n      }\n      series(granularity: MONTH, fromYear: 2023, toYear: 2023) {\n        period\n        status\n        statusOverrideReason\n      }\n    }\n  }\n': typeof types.ValueStatusTest_IndicatorDocument;
  '\n  query ValueStatusTest_Overview($upTo: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $upTo) {\n      perspectives {\n        indicatorsGreen\n        indicatorsYellow\n        indicatorsRed\n      }\n    }\n  }\n': typeof types.ValueStatusTest_OverviewDocument;
  '\n  query EconomyRollupTest_Economy($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      lines {\n        indicator {\n          code\n        }\n        outcomeToDate\n        budgetToDate\n        fullYearForecast\n        fullYearBudget\n        previousYearToDate\n        status\n        rolledUpFrom {\n          code\n        }\n      }\n      businessAreaResults {\n        orgUnit {\n          code\n        }\n        isTotal\n        operationsToDate\n        operationsBudgetToDate\n        operationsBudget\n        developmentToDate\n        rolledUpFrom {\n          code\n        }\n      }\n    }\n  }\n': typeof types.EconomyRollupTest_EconomyDocument;
  '\n  query EconomyTest_Economy($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        code\n      }\n      lines {\n        indicator {\n          name\n        }\n        outcomeToDate\n        budgetToDate\n        deviationToDate\n        fullYearForecast\n        fullYearBudget\n        previousYearToDate\n        status\n      }\n      businessAreaResults {\n        orgUnit {\n          name\n        }\n        isTotal\n        operationsToDate\n        operationsBudgetToDate\n        operationsForecast\n        operationsBudget\n        developmentToDate\n        developmentBudgetToDate\n        developmentForecast\n        developmentBudget\n      }\n    }\n  }\n': typeof types.EconomyTest_EconomyDocument;
  '\n  query ForecastAccuracyTest_Accuracy($orgUnitCode: String!, $year: Int!) {\n    forecastAccuracy(orgUnitCode: $orgUnitCode, year: $year) {\n      rounds {\n        name\n      }\n      indicators {\n        indicator {\n          name\n        }\n        outcome\n        outcomeIsSynthetic\n        forecasts {\n          round {\n            name\n          }\n          forecast\n          carriedOver\n          error\n          absoluteError\n          relativeError\n        }\n        meanAbsoluteError\n        meanAbsolutePercentageError\n      }\n      meanAbsolutePercentageError\n      comparedForecasts\n      byRound {\n        round {\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n      byUnit {\n        orgUnit {\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n    }\n  }\n': typeof types.ForecastAccuracyTest_AccuracyDocument;
  '\n  query ForecastAccuracyTest_Projection($id: ID!, $upTo: MonthInput!) {\n    indicator(id: $id) {\n      yearEndProjection(upTo: $upTo) {\n        projectedOutcome\n        method\n        basedOnMonth\n        lastYearShare\n        humanForecast\n        difference\n        relativeDifference\n        differsFromForecast\n        tolerance\n        usesGeneratedValues\n      }\n    }\n  }\n': typeof types.ForecastAccuracyTest_ProjectionDocument;
  '\n        query ForecastAccuracyTest_RoundYears {\n          forecastRoundYears\n        }\n      ': typeof types.ForecastAccuracyTest_RoundYearsDocument;
  '\n  mutation ForecastRoundLockTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      fullYearForecast\n    }\n  }\n': typeof types.ForecastRoundLockTest_SaveValuesDocument;
  '\n  mutation ForecastRoundLockTest_Close($input: CloseForecastRoundInput!) {\n    closeForecastRound(input: $input) {\n      status\n    }\n  }\n': typeof types.ForecastRoundLockTest_CloseDocument;
  '\n  mutation ForecastsTest_Open($input: OpenForecastRoundInput!) {\n    openForecastRound(input: $input) {\n      id\n      name\n      asOf\n      status\n      version\n    }\n  }\n': typeof types.ForecastsTest_OpenDocument;
  '\n  mutation ForecastsTest_Close($input: CloseForecastRoundInput!) {\n    closeForecastRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.ForecastsTest_CloseDocument;
  '\n  mutation ForecastsTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      fullYearForecast\n      version\n    }\n  }\n': typeof types.ForecastsTest_SaveValuesDocument;
  '\n  mutation ForecastsTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      fullYearForecast\n      version\n    }\n  }\n': typeof types.ForecastsTest_SaveValueDocument;
  '\n  query ForecastsTest_RoundForecasts($id: ID!) {\n    indicator(id: $id) {\n      roundForecasts(year: 2023) {\n        round {\n          name\n          status\n        }\n        fullYearForecast\n        carriedOver\n        changeFromPrevious\n        comment\n      }\n    }\n  }\n': typeof types.ForecastsTest_RoundForecastsDocument;
  '\n  query CouncilGoalMatrixTest_Goals($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      level\n      children {\n        title\n        orgUnit {\n          code\n        }\n        assessment(upTo: $upTo) {\n          fulfilment\n        }\n      }\n    }\n  }\n': typeof types.CouncilGoalMatrixTest_GoalsDocument;
  '\n  mutation GoalPlanningBadInput_CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n': typeof types.GoalPlanningBadInput_CreateGoalDocument;
  '\n  mutation GoalPlanningBadInput_UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n    }\n  }\n': typeof types.GoalPlanningBadInput_UpdateGoalDocument;
  '\n  mutation GoalPlanningBadInput_MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n    }\n  }\n': typeof types.GoalPlanningBadInput_MoveGoalDocument;
  '\n  mutation GoalPlanningBadInput_SetGoalRetired($input: SetGoalRetiredInput!) {\n    setGoalRetired(input: $input) {\n      id\n    }\n  }\n': typeof types.GoalPlanningBadInput_SetGoalRetiredDocument;
  '\n  mutation GoalPlanningBadInput_SetGoalIndicators($input: SetGoalIndicatorsInput!) {\n    setGoalIndicators(input: $input) {\n      id\n    }\n  }\n': typeof types.GoalPlanningBadInput_SetGoalIndicatorsDocument;
  '\n  mutation GoalPlanningBadInput_CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n': typeof types.GoalPlanningBadInput_CreateActivityDocument;
  '\n  mutation GoalPlanningBadInput_UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n    }\n  }\n': typeof types.GoalPlanningBadInput_UpdateActivityDocument;
  '\n  mutation GoalPlanningBadInput_SetActivityRetired($input: SetActivityRetiredInput!) {\n    setActivityRetired(input: $input) {\n      id\n    }\n  }\n': typeof types.GoalPlanningBadInput_SetActivityRetiredDocument;
  '\n  query GoalPlanningTest_Plan($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!, $includeRetired: Boolean) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      canPlan\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year, includeRetired: $includeRetired) {\n      id\n      title\n      level\n      retiredAt\n      canPlan\n      version\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n      indicators {\n        code\n      }\n      assessment(upTo: $upTo) {\n        fulfilment\n        comment\n      }\n      activities {\n        title\n      }\n    }\n  }\n': typeof types.GoalPlanningTest_PlanDocument;
  '\n  mutation GoalPlanningTest_CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      level\n      year\n      version\n      perspective {\n        name\n      }\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n    }\n  }\n': typeof types.GoalPlanningTest_CreateGoalDocument;
  '\n  mutation GoalPlanningTest_UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      description\n      version\n      parents {\n        title\n      }\n    }\n  }\n': typeof types.GoalPlanningTest_UpdateGoalDocument;
  '\n  mutation GoalPlanningTest_MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.GoalPlanningTest_MoveGoalDocument;
  '\n  query GoalPlanningTest_Reporting($orgUnitCode: String!, $upTo: MonthInput!) {\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $upTo) {\n      goalRows {\n        goal {\n          title\n        }\n      }\n    }\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      perspectives {\n        goalsFulfilled\n        goalsPartlyFulfilled\n        goalsNotFulfilled\n        goalsNotAssessed\n      }\n    }\n  }\n': typeof types.GoalPlanningTest_ReportingDocument;
  '\n  mutation GoalPlanningTest_SetGoalRetired($input: SetGoalRetiredInput!) {\n    setGoalRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n': typeof types.GoalPlanningTest_SetGoalRetiredDocument;
  '\n  mutation GoalPlanningTest_SetGoalIndicators($input: SetGoalIndicatorsInput!) {\n    setGoalIndicators(input: $input) {\n      id\n      version\n      indicators {\n        code\n      }\n    }\n  }\n': typeof types.GoalPlanningTest_SetGoalIndicatorsDocument;
  '\n  mutation GoalPlanningTest_CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      owner\n      ownerId\n      startDate\n      endDate\n      version\n      goal {\n        id\n      }\n    }\n  }\n': typeof types.GoalPlanningTest_CreateActivityDocument;
  '\n  mutation GoalPlanningTest_UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      owner\n      ownerId\n      version\n    }\n  }\n': typeof types.GoalPlanningTest_UpdateActivityDocument;
  '\n  mutation GoalPlanningTest_SetActivityRetired($input: SetActivityRetiredInput!) {\n    setActivityRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n': typeof types.GoalPlanningTest_SetActivityRetiredDocument;
  '\n  query GoalPlanningTest_ParentOptions($orgUnitId: ID!, $year: Int!) {\n    goalParentOptions(orgUnitId: $orgUnitId, year: $year) {\n      title\n      level\n    }\n  }\n': typeof types.GoalPlanningTest_ParentOptionsDocument;
  '\n  query GoalPlanningTest_OwnerOptions($orgUnitId: ID!) {\n    activityOwnerOptions(orgUnitId: $orgUnitId) {\n      name\n    }\n  }\n': typeof types.GoalPlanningTest_OwnerOptionsDocument;
  '\n  query GoalPlanningTest_PlanControls($orgUnitCode: String!, $year: Int!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      planner: canPlan\n      canPlan(year: $year)\n      planLock(year: $year)\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      level\n      canPlan\n    }\n  }\n': typeof types.GoalPlanningTest_PlanControlsDocument;
  '\n  query GoalsTest_Goals($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      level\n      perspective {\n        name\n      }\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n      assessment(upTo: $upTo) {\n        year\n        month\n        fulfilment\n        comment\n      }\n      activities {\n        title\n        endDate\n        update(upTo: $upTo) {\n          month\n          status\n          comment\n        }\n      }\n      indicators {\n        name\n        latestValue(upTo: $upTo) {\n          period\n          outcome\n          periodTarget\n          fullYearForecast\n          status\n          isSynthetic\n        }\n      }\n    }\n  }\n': typeof types.GoalsTest_GoalsDocument;
  '\n  mutation IndicatorLibraryTest_Create($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorLibraryTest_fields\n    }\n  }\n': typeof types.IndicatorLibraryTest_CreateDocument;
  '\n  mutation IndicatorLibraryTest_Update($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorLibraryTest_fields\n    }\n  }\n': typeof types.IndicatorLibraryTest_UpdateDocument;
  '\n  fragment IndicatorLibraryTest_fields on Indicator {\n    id\n    code\n    name\n    description\n    dataSource\n    externalCode\n    unit\n    periodicity\n    direction\n    cumulative\n    levelAggregation\n    unitRollup\n    thresholdKind\n    yellowThreshold\n    redThreshold\n    isKey\n    owner {\n      id\n      name\n    }\n    orgUnit {\n      code\n    }\n    retiredAt\n    hasValues\n    version\n  }\n': typeof types.IndicatorLibraryTest_FieldsFragmentDoc;
  '\n  mutation IndicatorLibraryTest_Retire($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n': typeof types.IndicatorLibraryTest_RetireDocument;
  '\n  query IndicatorLibraryTest_Library($filter: IndicatorLibraryFilter!) {\n    indicatorLibrary(filter: $filter) {\n      code\n      orgUnit {\n        code\n      }\n    }\n  }\n': typeof types.IndicatorLibraryTest_LibraryDocument;
  '\n  query IndicatorLibraryTest_ByCode($code: String!) {\n    indicatorsByCode(code: $code) {\n      orgUnit {\n        code\n      }\n    }\n  }\n': typeof types.IndicatorLibraryTest_ByCodeDocument;
  '\n  query IndicatorLibraryTest_OwnerOptions {\n    indicatorOwnerOptions {\n      name\n    }\n  }\n': typeof types.IndicatorLibraryTest_OwnerOptionsDocument;
  '\n  query IndicatorLibraryTest_ValueStatus($id: ID!) {\n    indicator(id: $id) {\n      retiredAt\n      thresholdKind\n      yellowThreshold\n      redThreshold\n      value(period: "2023-05") {\n        outcome\n        status\n      }\n    }\n  }\n': typeof types.IndicatorLibraryTest_ValueStatusDocument;
  '\n  query IndicatorLibraryTest_Sheet {\n    dataEntrySheet(orgUnitCode: "intraservice", period: { year: 2023, month: 7 }) {\n      indicatorRows {\n        indicator {\n          code\n        }\n      }\n    }\n  }\n': typeof types.IndicatorLibraryTest_SheetDocument;
  '\n  mutation IndicatorLibraryTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n': typeof types.IndicatorLibraryTest_SaveValuesDocument;
  '\n  query IndicatorPageTest_Series($id: ID!, $granularity: Periodicity!, $fromYear: Int!, $toYear: Int!) {\n    indicator(id: $id) {\n      name\n      series(granularity: $granularity, fromYear: $fromYear, toYear: $toYear) {\n        period\n        outcome\n        target\n        previousYearOutcome\n        rolling12\n        isSynthetic\n        status\n      }\n      sameInOtherUnits {\n        orgUnit {\n          code\n        }\n      }\n    }\n  }\n': typeof types.IndicatorPageTest_SeriesDocument;
  '\n      query IndicatorPageTest_Comparison($id: ID!, $units: [String!]) {\n        indicator(id: $id) {\n          comparable: sameInOtherUnits {\n            orgUnit {\n              code\n            }\n          }\n          compared: sameInOtherUnits(orgUnitCodes: $units) {\n            orgUnit {\n              code\n            }\n            series(granularity: YEAR, fromYear: 2022, toYear: 2023) {\n              period\n              outcome\n            }\n          }\n        }\n      }\n    ': typeof types.IndicatorPageTest_ComparisonDocument;
  '\n  query ReportMonthTest_Months {\n    latestReportMonth {\n      year\n      month\n    }\n    orgUnits {\n      code\n      latestReportMonth {\n        year\n        month\n      }\n    }\n  }\n': typeof types.ReportMonthTest_MonthsDocument;
  '\n  mutation ThresholdHistoryTest_Update($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      thresholdKind\n      yellowThreshold\n      redThreshold\n      version\n    }\n  }\n': typeof types.ThresholdHistoryTest_UpdateDocument;
  '\n  query ThresholdHistoryTest_Judged($id: ID!) {\n    indicator(id: $id) {\n      april: value(period: "2023-04") {\n        status\n      }\n      may: value(period: "2023-05") {\n        status\n      }\n      series(granularity: MONTH, fromYear: 2023, toYear: 2023) {\n        period\n        status\n      }\n      thresholdHistory {\n        fromMonth\n        thresholdKind\n        yellowThreshold\n        redThreshold\n        changedAt\n        changedBy\n      }\n    }\n  }\n': typeof types.ThresholdHistoryTest_JudgedDocument;
  '\n  query ThresholdHistoryTest_Overview($month: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $month) {\n      perspectives {\n        indicatorsGreen\n        indicatorsYellow\n        indicatorsRed\n      }\n    }\n  }\n': typeof types.ThresholdHistoryTest_OverviewDocument;
  '\n  mutation OrgUnitAdminTest_Create($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      validFrom\n      isClosed\n      version\n      parent {\n        code\n      }\n    }\n  }\n': typeof types.OrgUnitAdminTest_CreateDocument;
  '\n  mutation OrgUnitAdminTest_Rename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n': typeof types.OrgUnitAdminTest_RenameDocument;
  '\n  mutation OrgUnitAdminTest_Move($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      version\n      parent {\n        code\n      }\n    }\n  }\n': typeof types.OrgUnitAdminTest_MoveDocument;
  '\n  mutation OrgUnitAdminTest_Close($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      id\n      validTo\n      isClosed\n      version\n    }\n  }\n': typeof types.OrgUnitAdminTest_CloseDocument;
  '\n  mutation OrgUnitAdminTest_CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      content {\n        orgUnitName\n      }\n    }\n  }\n': typeof types.OrgUnitAdminTest_CreateReportDocument;
  '\n  query OrgUnitAdminTest_TreeAsOf($asOf: String) {\n    orgUnits(asOf: $asOf) {\n      code\n      name\n      parent {\n        code\n      }\n    }\n  }\n': typeof types.OrgUnitAdminTest_TreeAsOfDocument;
  '\n        query OrganisationTest_Units {\n          orgUnits {\n            code\n            kind\n            parent {\n              code\n            }\n          }\n        }\n      ': typeof types.OrganisationTest_UnitsDocument;
  '\n        query OrganisationTest_Unit {\n          found: orgUnit(code: "intraservice") {\n            name\n            children {\n              name\n            }\n          }\n          missing: orgUnit(code: "nope") {\n            name\n          }\n        }\n      ': typeof types.OrganisationTest_UnitDocument;
  '\n        query OrganisationTest_Perspectives {\n          perspectives {\n            name\n          }\n        }\n      ': typeof types.OrganisationTest_PerspectivesDocument;
  '\n        query OrganisationTest_LatestReportMonth {\n          latestReportMonth {\n            year\n            month\n          }\n        }\n      ': typeof types.OrganisationTest_LatestReportMonthDocument;
  '\n  query UnitsFromTheTreePages($code: String!) {\n    viewer {\n      holds(role: PLANNER, orgUnitCode: $code)\n    }\n    latestReportMonth {\n      year\n    }\n    planOfYear(orgUnitCode: $code, year: 2023) {\n      lock\n    }\n    orgUnit(code: $code) {\n      planLock(year: 2023)\n    }\n    portfolioOwningUnits {\n      code\n    }\n    dataEntrySheet(orgUnitCode: $code, period: { year: 2023, month: 5 }) {\n      canEdit\n    }\n    goals(orgUnitCode: $code, year: 2023) {\n      id\n    }\n    indicatorLibrary(filter: { orgUnitCode: $code }) {\n      id\n    }\n    risks(orgUnitCode: $code) {\n      id\n    }\n    portfolios(orgUnitCode: $code) {\n      id\n    }\n    assignments(orgUnitCode: $code, year: 2023) {\n      id\n    }\n    auditReports(orgUnitCode: $code, year: 2023) {\n      id\n    }\n    auditActionOwnerCandidates(orgUnitCode: $code) {\n      name\n    }\n    targetSheet(orgUnitCode: $code, year: 2023, includeSubunits: true) {\n      rows {\n        indicator {\n          id\n        }\n      }\n    }\n    reportingDiscipline(orgUnitCode: $code, year: 2023) {\n      units {\n        orgUnit {\n          code\n        }\n      }\n    }\n    forecastAccuracy(orgUnitCode: $code, year: 2023) {\n      byUnit {\n        orgUnit {\n          code\n        }\n      }\n    }\n  }\n': typeof types.UnitsFromTheTreePagesDocument;
  '\n  query OverviewKeyRollupTest_KeyIndicators($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      keyIndicators {\n        indicator {\n          code\n        }\n        rollup\n        rolledUpFrom {\n          code\n        }\n        latest {\n          period\n        }\n        figures {\n          period\n          outcome\n          periodTarget\n          annualTarget\n          fullYearForecast\n        }\n        unitFigures {\n          orgUnit {\n            code\n          }\n          period\n          outcome\n          status\n          statusSetByHand\n        }\n        status\n        statusSetByHand\n        isReported\n        changeFromPreviousYear\n        trend\n      }\n    }\n  }\n': typeof types.OverviewKeyRollupTest_KeyIndicatorsDocument;
  '\n  query OverviewTest_Overview($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      perspectives {\n        perspective {\n          name\n        }\n        goalsFulfilled\n        goalsPartlyFulfilled\n        goalsNotFulfilled\n        goalsNotAssessed\n        indicatorsGreen\n        indicatorsYellow\n        indicatorsRed\n        indicatorsNotReported\n        councilGoals\n      }\n      redProjects {\n        name\n        portfolioName\n        statusDate\n        time\n        cost\n        result\n        orgUnit {\n          code\n        }\n      }\n      topRisks {\n        title\n        score\n        isDemoValue\n      }\n      changes {\n        kind\n        name\n        previous\n        current\n        previousSetByHand\n        currentSetByHand\n      }\n      keyIndicators {\n        indicator {\n          name\n        }\n        latest {\n          period\n          outcome\n        }\n        status\n        isReported\n        changeFromPreviousYear\n        trend\n      }\n    }\n  }\n': typeof types.OverviewTest_OverviewDocument;
  '\n  query OverviewTest_Units($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        name\n      }\n      changes {\n        orgUnit {\n          name\n        }\n      }\n      redProjects {\n        orgUnit {\n          name\n        }\n      }\n      topRisks {\n        orgUnit {\n          name\n        }\n      }\n      keyIndicators {\n        rolledUpFrom {\n          name\n        }\n      }\n      attention {\n        redIndicators {\n          orgUnit {\n            name\n          }\n        }\n        overdueAssignments {\n          orgUnit {\n            name\n          }\n        }\n        risksAboveTolerance {\n          orgUnit {\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.OverviewTest_UnitsDocument;
  '\n      query OverviewTest_Changes($orgUnitCode: String!, $upTo: MonthInput!) {\n        overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n          changeCount\n          all: changes(first: 1000) {\n            kind\n            name\n            previous\n            current\n          }\n          first: changes(first: 1) {\n            kind\n            name\n            previous\n            current\n          }\n        }\n      }\n    ': typeof types.OverviewTest_ChangesDocument;
  '\n      query OverviewTest_Counts($orgUnitCode: String!, $upTo: MonthInput!) {\n        overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n          perspectives {\n            perspective {\n              name\n            }\n            goalsFulfilled\n            indicatorsRed\n          }\n          changeCount\n          changes(first: 1000) {\n            name\n          }\n        }\n      }\n    ': typeof types.OverviewTest_CountsDocument;
  '\n  query OverviewTest_Attention($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      attention {\n        redIndicators {\n          id\n          name\n          status\n          newlyRed\n          statusSetByHand\n          since\n          orgUnit {\n            code\n          }\n        }\n        notReportedIndicators {\n          id\n          name\n          status\n          statusSetByHand\n          since\n        }\n        overdueAssignments {\n          id\n          title\n          caseNumber\n          deadline\n          status\n          orgUnit {\n            code\n          }\n        }\n        overdueAuditActions {\n          id\n          recommendation\n          dueDate\n          status\n        }\n        redProjects {\n          id\n          name\n        }\n        risksAboveTolerance {\n          id\n          title\n          score\n        }\n      }\n    }\n  }\n': typeof types.OverviewTest_AttentionDocument;
  '\n  mutation PerspectiveBadInputTest_Create($input: CreatePerspectiveInput!) {\n    createPerspective(input: $input) {\n      id\n    }\n  }\n': typeof types.PerspectiveBadInputTest_CreateDocument;
  '\n  mutation PerspectiveBadInputTest_Update($input: UpdatePerspectiveInput!) {\n    updatePerspective(input: $input) {\n      id\n    }\n  }\n': typeof types.PerspectiveBadInputTest_UpdateDocument;
  '\n  mutation PerspectiveBadInputTest_Reorder($input: ReorderPerspectivesInput!) {\n    reorderPerspectives(input: $input) {\n      id\n    }\n  }\n': typeof types.PerspectiveBadInputTest_ReorderDocument;
  '\n  mutation PerspectiveBadInputTest_Remove($input: RemovePerspectiveInput!) {\n    removePerspective(input: $input) {\n      id\n    }\n  }\n': typeof types.PerspectiveBadInputTest_RemoveDocument;
  '\n  mutation PerspectiveBadInputTest_Copy($input: CopyPerspectivesInput!) {\n    copyPerspectivesFromPreviousYear(input: $input) {\n      id\n    }\n  }\n': typeof types.PerspectiveBadInputTest_CopyDocument;
  '\n  query PerspectivesTest_List($year: Int) {\n    perspectives(year: $year) {\n      id\n      code\n      name\n      sortOrder\n      description\n      year\n      version\n    }\n  }\n': typeof types.PerspectivesTest_ListDocument;
  '\n  mutation PerspectivesTest_Create($input: CreatePerspectiveInput!) {\n    createPerspective(input: $input) {\n      id\n      code\n      name\n      sortOrder\n      description\n      year\n      version\n    }\n  }\n': typeof types.PerspectivesTest_CreateDocument;
  '\n  mutation PerspectivesTest_Update($input: UpdatePerspectiveInput!) {\n    updatePerspective(input: $input) {\n      id\n      name\n      description\n      year\n      version\n    }\n  }\n': typeof types.PerspectivesTest_UpdateDocument;
  '\n  mutation PerspectivesTest_Reorder($input: ReorderPerspectivesInput!) {\n    reorderPerspectives(input: $input) {\n      id\n      name\n      sortOrder\n    }\n  }\n': typeof types.PerspectivesTest_ReorderDocument;
  '\n  mutation PerspectivesTest_Remove($input: RemovePerspectiveInput!) {\n    removePerspective(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.PerspectivesTest_RemoveDocument;
  '\n  mutation PerspectivesTest_Copy($input: CopyPerspectivesInput!) {\n    copyPerspectivesFromPreviousYear(input: $input) {\n      id\n      name\n      sortOrder\n      description\n      year\n    }\n  }\n': typeof types.PerspectivesTest_CopyDocument;
  '\n  query PerspectivesTest_Goals($year: Int!) {\n    goals(orgUnitCode: "intraservice", year: $year) {\n      title\n      perspective {\n        id\n        name\n        year\n      }\n    }\n  }\n': typeof types.PerspectivesTest_GoalsDocument;
  '\n      mutation PerspectivesTest_CreateReport($input: CreateReportInput!) {\n        createReport(input: $input) {\n          content {\n            sections {\n              kind\n              perspectiveName\n            }\n          }\n        }\n      }\n    ': typeof types.PerspectivesTest_CreateReportDocument;
  '\n  query PlanningTest_PlanOfYear($orgUnitCode: String!, $year: Int!) {\n    planOfYear(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      lock\n      mayAdopt\n      mayPlan\n      plan {\n        id\n        status\n        revision\n        decisionDate\n        caseNumber\n        version\n        draftChanges {\n          kind\n          subject\n          object\n          before\n          after\n          targetField\n          beforeValue\n          afterValue\n        }\n        revisions {\n          number\n          decisionDate\n          caseNumber\n          adoptedBy {\n            name\n          }\n          changes {\n            kind\n            subject\n            object\n            before\n            after\n            targetField\n            beforeValue\n            afterValue\n          }\n        }\n      }\n    }\n  }\n': typeof types.PlanningTest_PlanOfYearDocument;
  '\n  mutation PlanningTest_Adopt($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      id\n      status\n      revision\n      decisionDate\n      caseNumber\n      version\n    }\n  }\n': typeof types.PlanningTest_AdoptDocument;
  '\n  mutation PlanningTest_OpenRevision($input: OpenPlanRevisionInput!) {\n    openPlanRevision(input: $input) {\n      id\n      status\n      revision\n      decisionDate\n      caseNumber\n      version\n    }\n  }\n': typeof types.PlanningTest_OpenRevisionDocument;
  '\n  mutation PlanningTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      periodTarget\n      outcome\n      version\n    }\n  }\n': typeof types.PlanningTest_SaveValuesDocument;
  '\n  mutation PlanningTest_CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n': typeof types.PlanningTest_CreateGoalDocument;
  '\n  mutation PlanningTest_SaveTargets($input: TargetsInput!) {\n    saveTargets(input: $input) {\n      annualTarget\n    }\n  }\n': typeof types.PlanningTest_SaveTargetsDocument;
  '\n  query RollOverTest_Preview($orgUnitId: ID!, $fromYear: Int!) {\n    rollOverPreview(orgUnitId: $orgUnitId, fromYear: $fromYear) {\n      fromYear\n      toYear\n      targetPlan {\n        status\n        rolledOverFromYear\n      }\n      goals {\n        goalId\n        title\n        alreadyCarried\n        perspective {\n          name\n        }\n        goalLinks {\n          fromTitle\n          toGoalId\n          toTitle\n          matchedBy\n        }\n      }\n      indicatorLinks {\n        goalId\n        indicatorId\n        indicatorName\n        alreadyCarried\n      }\n      activities {\n        activityId\n        title\n        status\n        alreadyCarried\n      }\n      assignments {\n        title\n        caseNumber\n        status\n      }\n      targets {\n        indicatorId\n        indicatorName\n        periods\n        annualTarget\n        alreadyCarried\n      }\n    }\n  }\n': typeof types.RollOverTest_PreviewDocument;
  '\n  mutation RollOverTest_Commit($input: CommitRollOverInput!) {\n    commitRollOver(input: $input) {\n      year\n      status\n      revision\n      rolledOverFromYear\n    }\n  }\n': typeof types.RollOverTest_CommitDocument;
  '\n  mutation RollOverTest_Adopt($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.RollOverTest_AdoptDocument;
  '\n  mutation RollOverTest_OpenRevision($input: OpenPlanRevisionInput!) {\n    openPlanRevision(input: $input) {\n      id\n    }\n  }\n': typeof types.RollOverTest_OpenRevisionDocument;
  '\n  query RollOverTest_TargetSheet($orgUnitCode: String!, $year: Int!) {\n    targetSheet(orgUnitCode: $orgUnitCode, year: $year, includeSubunits: true) {\n      rows {\n        indicator {\n          id\n          name\n        }\n        isProposal\n        periodTargets\n        versions {\n          period\n          version\n        }\n      }\n    }\n  }\n': typeof types.RollOverTest_TargetSheetDocument;
  '\n  mutation RollOverTest_ConfirmProposals($input: ConfirmTargetProposalsInput!) {\n    confirmTargetProposals(input: $input) {\n      indicator {\n        name\n      }\n      isProposal\n      periodTargets\n    }\n  }\n': typeof types.RollOverTest_ConfirmProposalsDocument;
  '\n  mutation PortfolioAdminTest_CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      name\n      owner\n      statusUpdateIntervalWeeks\n      version\n      orgUnit {\n        code\n      }\n    }\n  }\n': typeof types.PortfolioAdminTest_CreatePortfolioDocument;
  '\n  mutation PortfolioAdminTest_UpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      name\n      owner\n      statusUpdateIntervalWeeks\n      version\n    }\n  }\n': typeof types.PortfolioAdminTest_UpdatePortfolioDocument;
  '\n  mutation PortfolioAdminTest_CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      owner\n      manager\n      phase\n      state\n      plannedStart\n      plannedEnd\n      budgetTkr\n      version\n      portfolio {\n        name\n      }\n    }\n  }\n': typeof types.PortfolioAdminTest_CreateProjectDocument;
  '\n  mutation PortfolioAdminTest_ChangePhase($input: ProjectPhaseChangeInput!) {\n    changeProjectPhase(input: $input) {\n      phase\n      version\n    }\n  }\n': typeof types.PortfolioAdminTest_ChangePhaseDocument;
  '\n  mutation PortfolioAdminTest_AddStatusUpdate($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      deviations {\n        dimension\n        action\n        actionOwner\n        actionDueDate\n      }\n    }\n  }\n': typeof types.PortfolioAdminTest_AddStatusUpdateDocument;
  '\n  query PortfolioAdminTest_Summary($orgUnitCode: String!, $upTo: MonthInput!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      budget {\n        budgetTkr\n        costToDateTkr\n        projectsWithoutBudget\n      }\n      overdueActions(upTo: $upTo) {\n        project {\n          name\n        }\n        dimension\n        action\n        actionOwner\n        actionDueDate\n      }\n    }\n  }\n': typeof types.PortfolioAdminTest_SummaryDocument;
  '\n  query PortfolioAdminTest_OwningUnits {\n    portfolioOwningUnits {\n      code\n    }\n  }\n': typeof types.PortfolioAdminTest_OwningUnitsDocument;
  '\n  mutation PortfolioMutationsTest_AddReport($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      id\n      statusDate\n      time\n      cost\n      result\n      comment\n      deviations {\n        dimension\n        cause\n        action\n      }\n      author {\n        name\n      }\n    }\n  }\n': typeof types.PortfolioMutationsTest_AddReportDocument;
  '\n  mutation PortfolioMutationsTest_UpdateDetails($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      name\n      owner\n      plannedStart\n      plannedEnd\n      budgetTkr\n      version\n      portfolio {\n        name\n      }\n    }\n  }\n': typeof types.PortfolioMutationsTest_UpdateDetailsDocument;
  '\n  mutation PortfolioMutationsTest_ChangeState($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      state\n      pausedUntil\n      actualStart\n      version\n      stateChanges {\n        fromState\n        toState\n        reason\n        changedOn\n        author {\n          name\n        }\n      }\n    }\n  }\n': typeof types.PortfolioMutationsTest_ChangeStateDocument;
  '\n  mutation PortfolioMutationsTest_SavePeriodStatus($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      year\n      month\n      narrative\n      changes\n      version\n    }\n  }\n': typeof types.PortfolioMutationsTest_SavePeriodStatusDocument;
  '\n  query PortfolioMutationsTest_OverviewProjects($upTo: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $upTo) {\n      redProjects {\n        name\n      }\n      changes {\n        kind\n        name\n        previous\n        current\n      }\n    }\n  }\n': typeof types.PortfolioMutationsTest_OverviewProjectsDocument;
  '\n  query PortfolioQueriesTest_Board($orgUnitCode: String!, $upTo: MonthInput!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      canEdit\n      orgUnit {\n        code\n      }\n      periodStatus(upTo: $upTo) {\n        year\n        month\n        narrative\n      }\n      projects {\n        name\n        state\n        plannedStart\n        plannedEnd\n        stateChanges {\n          toState\n          changedOn\n        }\n        status(upTo: $upTo) {\n          latestStatusUpdate {\n            statusDate\n            time\n            cost\n            result\n            deviations {\n              dimension\n              cause\n              action\n            }\n          }\n          statusUpdatesSinceColourChange\n          noRecentStatusUpdate\n        }\n      }\n    }\n  }\n': typeof types.PortfolioQueriesTest_BoardDocument;
  '\n  query PortfolioQueriesTest_Project($id: ID!) {\n    project(id: $id) {\n      name\n      canEdit\n      portfolio {\n        name\n      }\n      statusUpdates {\n        statusDate\n        time\n        cost\n        result\n        deviations {\n          dimension\n          cause\n        }\n      }\n    }\n  }\n': typeof types.PortfolioQueriesTest_ProjectDocument;
  '\n  mutation ProjectHistoryTest_Move($input: ProjectMoveInput!) {\n    moveProject(input: $input) {\n      version\n      portfolio {\n        name\n      }\n      moves {\n        fromPortfolio {\n          name\n        }\n        toPortfolio {\n          name\n        }\n        movedOn\n        reason\n        author {\n          name\n        }\n      }\n    }\n  }\n': typeof types.ProjectHistoryTest_MoveDocument;
  '\n  mutation ProjectHistoryTest_Close($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      state\n      version\n    }\n  }\n': typeof types.ProjectHistoryTest_CloseDocument;
  '\n  query ProjectHistoryTest_Project($id: ID!, $month: MonthInput!) {\n    project(id: $id) {\n      state\n      stateAsOf(month: $month)\n      portfolio {\n        name\n      }\n      portfolioAsOf(month: $month) {\n        name\n      }\n      status(upTo: $month) {\n        latestStatusUpdate {\n          statusDate\n        }\n      }\n    }\n  }\n': typeof types.ProjectHistoryTest_ProjectDocument;
  '\n  query ProjectHistoryTest_Board($month: MonthInput!) {\n    portfolios(orgUnitCode: "intraservice") {\n      name\n      projectsAsOf(month: $month) {\n        name\n        stateAsOf(month: $month)\n        portfolioAsOf(month: $month) {\n          name\n        }\n        status(upTo: $month) {\n          latestStatusUpdate {\n            statusDate\n            time\n          }\n          noRecentStatusUpdate\n        }\n      }\n    }\n  }\n': typeof types.ProjectHistoryTest_BoardDocument;
  '\n  query ProjectHistoryTest_Overview($upTo: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $upTo) {\n      redProjects {\n        name\n        portfolioName\n      }\n      changes {\n        kind\n        name\n      }\n    }\n  }\n': typeof types.ProjectHistoryTest_OverviewDocument;
  '\n  query ProjectHistoryTest_AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter, first: 5) {\n      events {\n        action\n        entityType\n        entityName\n        changes {\n          field\n          newName\n        }\n      }\n    }\n  }\n': typeof types.ProjectHistoryTest_AuditLogDocument;
  '\n  mutation ProjectHistoryTest_CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n': typeof types.ProjectHistoryTest_CreateReportDocument;
  '\n  query ProjectHistoryTest_Report($id: ID!) {\n    report(id: $id) {\n      content {\n        sections {\n          kind\n          portfolios {\n            name\n          }\n          deviatingProjects {\n            name\n            portfolioName\n            state\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProjectHistoryTest_ReportDocument;
  '\n  mutation ProjectLineageTest_Split($input: SplitProjectInput!) {\n    splitProject(input: $input) {\n      name\n      state\n      actualEnd\n      stateChanges {\n        fromState\n        toState\n        changedOn\n        reason\n      }\n      successors {\n        kind\n        occurredOn\n        reason\n        project {\n          name\n          state\n          owner\n          budgetTkr\n          portfolio {\n            name\n          }\n        }\n        author {\n          name\n        }\n      }\n    }\n  }\n': typeof types.ProjectLineageTest_SplitDocument;
  '\n  mutation ProjectLineageTest_Merge($input: MergeProjectsInput!) {\n    mergeProjects(input: $input) {\n      id\n      name\n      state\n      budgetTkr\n      portfolio {\n        name\n      }\n      origins {\n        kind\n        occurredOn\n        project {\n          name\n          state\n        }\n      }\n    }\n  }\n': typeof types.ProjectLineageTest_MergeDocument;
  '\n  query ProjectLineageTest_Budgets {\n    portfolios(orgUnitCode: "intraservice") {\n      name\n      budget {\n        budgetTkr\n        costToDateTkr\n        projectsWithoutBudget\n      }\n    }\n  }\n': typeof types.ProjectLineageTest_BudgetsDocument;
  "\n  query ProjectLineageTest_Lineage($id: ID!) {\n    project(id: $id) {\n      name\n      origins {\n        kind\n        occurredOn\n        project {\n          id\n          name\n          # The origin's history stays readable from the successor.\n          statusUpdates {\n            statusDate\n          }\n          successors {\n            project {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectLineageTest_LineageDocument;
  '\n  query ProjectLineageTest_Board($month: MonthInput!) {\n    portfolios(orgUnitCode: "intraservice") {\n      name\n      projectsAsOf(month: $month) {\n        name\n        stateAsOf(month: $month)\n        origins {\n          project {\n            name\n          }\n        }\n        successors {\n          project {\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProjectLineageTest_BoardDocument;
  '\n  query ProjectLineageTest_AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter, first: 10) {\n      events {\n        operation\n        entityName\n      }\n    }\n  }\n': typeof types.ProjectLineageTest_AuditLogDocument;
  '\n  query ProjectPeopleTest_Options($orgUnitId: ID!) {\n    portfolioPersonOptions(orgUnitId: $orgUnitId) {\n      id\n      name\n    }\n  }\n': typeof types.ProjectPeopleTest_OptionsDocument;
  '\n  mutation ProjectPeopleTest_CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      owner\n      ownerUserId\n      manager\n      managerUserId\n      forecastTkr\n      version\n    }\n  }\n': typeof types.ProjectPeopleTest_CreateProjectDocument;
  '\n  mutation ProjectPeopleTest_SaveDetails($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      owner\n      ownerUserId\n      manager\n      managerUserId\n      forecastTkr\n      version\n    }\n  }\n': typeof types.ProjectPeopleTest_SaveDetailsDocument;
  '\n  query ProjectPeopleTest_Project($id: ID!) {\n    project(id: $id) {\n      owner\n      ownerUserId\n      manager\n      managerUserId\n    }\n  }\n': typeof types.ProjectPeopleTest_ProjectDocument;
  '\n  mutation ProjectPeopleTest_CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      owner\n      ownerUserId\n      version\n    }\n  }\n': typeof types.ProjectPeopleTest_CreatePortfolioDocument;
  '\n  mutation ProjectPeopleTest_UpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      owner\n      ownerUserId\n    }\n  }\n': typeof types.ProjectPeopleTest_UpdatePortfolioDocument;
  '\n  mutation ProjectPeopleTest_AddStatusUpdate($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      deviations {\n        dimension\n        actionOwner\n        actionOwnerUserId\n      }\n    }\n  }\n': typeof types.ProjectPeopleTest_AddStatusUpdateDocument;
  '\n  query ProjectPeopleTest_Budget($orgUnitCode: String!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      budget {\n        budgetTkr\n        forecastTkr\n        projectsWithoutBudget\n        projectsWithoutForecast\n      }\n    }\n  }\n': typeof types.ProjectPeopleTest_BudgetDocument;
  '\n  query RemindersTest_MySettings {\n    myReminderSettings {\n      frequency\n      version\n    }\n  }\n': typeof types.RemindersTest_MySettingsDocument;
  '\n  mutation RemindersTest_SetFrequency($input: SetReminderFrequencyInput!) {\n    setReminderFrequency(input: $input) {\n      frequency\n      version\n    }\n  }\n': typeof types.RemindersTest_SetFrequencyDocument;
  '\n  query RemindersTest_SendLog($status: ReminderMailStatus, $first: Int!) {\n    reminderMails(status: $status, first: $first) {\n      id\n      kind\n      occasion\n      recipientName\n      recipient\n      subject\n      itemCount\n      status\n      attempts\n      nextAttemptAt\n      lastError\n      sentAt\n    }\n  }\n': typeof types.RemindersTest_SendLogDocument;
  '\n  mutation RemindersTest_Retry($input: RetryReminderMailInput!) {\n    retryReminderMail(input: $input) {\n      id\n      status\n      attempts\n    }\n  }\n': typeof types.RemindersTest_RetryDocument;
  '\n  mutation PeriodLockTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      outcome\n      version\n    }\n  }\n': typeof types.PeriodLockTest_SaveValueDocument;
  '\n  mutation PeriodLockTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      outcome\n    }\n  }\n': typeof types.PeriodLockTest_SaveValuesDocument;
  '\n  mutation PeriodLockTest_SetAssessment($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      fulfilment\n    }\n  }\n': typeof types.PeriodLockTest_SetAssessmentDocument;
  '\n  mutation PeriodLockTest_SaveActivity($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      status\n    }\n  }\n': typeof types.PeriodLockTest_SaveActivityDocument;
  '\n  mutation PeriodLockTest_SaveAssignmentStatus($input: AssignmentUpdateInput!) {\n    saveAssignmentUpdate(input: $input) {\n      status\n    }\n  }\n': typeof types.PeriodLockTest_SaveAssignmentStatusDocument;
  '\n  mutation PeriodLockTest_SaveAuditActionStatus($input: AuditActionUpdateInput!) {\n    saveAuditActionUpdate(input: $input) {\n      status\n    }\n  }\n': typeof types.PeriodLockTest_SaveAuditActionStatusDocument;
  '\n  mutation PeriodLockTest_SaveNarrative($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      narrative\n    }\n  }\n': typeof types.PeriodLockTest_SaveNarrativeDocument;
  '\n  mutation PeriodLockTest_RecordControlResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      performed\n    }\n  }\n': typeof types.PeriodLockTest_RecordControlResultDocument;
  '\n  mutation PeriodLockTest_AddValuation($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      valuedOn\n    }\n  }\n': typeof types.PeriodLockTest_AddValuationDocument;
  '\n  mutation PeriodLockTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      title\n    }\n  }\n': typeof types.PeriodLockTest_CreateRiskDocument;
  '\n  mutation PeriodLockTest_AddStatus($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      statusDate\n    }\n  }\n': typeof types.PeriodLockTest_AddStatusDocument;
  '\n  mutation PeriodLockTest_Close($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      status\n    }\n  }\n': typeof types.PeriodLockTest_CloseDocument;
  '\n  mutation ReportingCalendarTest_Generate($input: GenerateReportingCalendarInput!) {\n    generateReportingCalendar(input: $input) {\n      id\n      year\n      workingDaysAfterPeriodEnd\n      version\n      periods {\n        id\n        kind\n        number\n        startDate\n        endDate\n        deadline\n        ruleDeadline\n        deadlineMoved\n        status\n        version\n      }\n    }\n  }\n': typeof types.ReportingCalendarTest_GenerateDocument;
  '\n  query ReportingCalendarTest_Calendar($year: Int!) {\n    reportingCalendar(year: $year) {\n      year\n      periods {\n        kind\n        number\n        deadline\n        deadlineMoved\n        levelDeadlines {\n          level\n          deadline\n        }\n        business: deadlineAt(level: BUSINESS_AREA)\n        committee: deadlineAt(level: COMMITTEE)\n      }\n    }\n    reportingCalendarYears\n  }\n': typeof types.ReportingCalendarTest_CalendarDocument;
  '\n  mutation ReportingCalendarTest_Move($input: SetReportingPeriodDeadlineInput!) {\n    setReportingPeriodDeadline(input: $input) {\n      deadline\n      ruleDeadline\n      deadlineMoved\n      version\n    }\n  }\n': typeof types.ReportingCalendarTest_MoveDocument;
  '\n  mutation ReportingCalendarTest_SetLevel($input: SetReportingLevelDeadlineInput!) {\n    setReportingLevelDeadline(input: $input) {\n      deadline\n      levelDeadlines {\n        level\n        deadline\n      }\n      business: deadlineAt(level: BUSINESS_AREA)\n      committee: deadlineAt(level: COMMITTEE)\n      version\n    }\n  }\n': typeof types.ReportingCalendarTest_SetLevelDocument;
  '\n  mutation ReportingCalendarTest_Close($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n': typeof types.ReportingCalendarTest_CloseDocument;
  '\n  mutation ReportingCalendarTest_Reopen($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n': typeof types.ReportingCalendarTest_ReopenDocument;
  '\n  query ReportingCalendarTest_Periods($year: Int!) {\n    reportingCalendar(year: $year) {\n      year\n      workingDaysAfterPeriodEnd\n      version\n      id\n      periods {\n        id\n        kind\n        number\n        startDate\n        endDate\n        deadline\n        ruleDeadline\n        deadlineMoved\n        status\n        version\n      }\n    }\n  }\n': typeof types.ReportingCalendarTest_PeriodsDocument;
  '\n  query ReportingDisciplineTest_Discipline($orgUnitCode: String!, $year: Int!) {\n    reportingDiscipline(orgUnitCode: $orgUnitCode, year: $year) {\n      orgUnit {\n        name\n      }\n      year\n      periods {\n        key\n        kind\n        number\n        inProgress\n      }\n      units {\n        orgUnit {\n          name\n        }\n        cells {\n          periodKey\n          deadline\n          inProgress\n          counts {\n            onTime\n            late\n            missing\n            pending\n            total\n          }\n        }\n        counts {\n          onTime\n          late\n          missing\n          pending\n          total\n        }\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n      unitsBehind {\n        orgUnit {\n          name\n        }\n        counts {\n          missing\n          late\n        }\n      }\n      ownersBehind {\n        name\n        counts {\n          onTime\n          late\n          missing\n        }\n      }\n      missing {\n        key\n        kind\n        title\n        orgUnit {\n          name\n        }\n        period {\n          key\n        }\n        deadline\n        responsible\n        link\n      }\n    }\n  }\n': typeof types.ReportingDisciplineTest_DisciplineDocument;
  '\n  mutation ReportingDisciplineTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n': typeof types.ReportingDisciplineTest_SaveValuesDocument;
  '\n  mutation ReportExportHttpTest_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n': typeof types.ReportExportHttpTest_CreateDocument;
  '\n  query ReportAccessTest_Report($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      comparison {\n        previous {\n          id\n        }\n      }\n      content {\n        orgUnitName\n        sections {\n          kind\n          assignments {\n            title\n          }\n          businessAreaResults {\n            name\n          }\n          portfolios {\n            name\n          }\n          deviatingProjects {\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.ReportAccessTest_ReportDocument;
  '\n  query ReportAccessTest_List($orgUnitCode: String!, $year: Int!) {\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n    }\n  }\n': typeof types.ReportAccessTest_ListDocument;
  '\n  mutation ReportAccessTest_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.ReportAccessTest_CreateDocument;
  '\n  mutation ReportAccessTest_Submit($input: ReportTransitionInput!) {\n    submitReport(input: $input) {\n      version\n    }\n  }\n': typeof types.ReportAccessTest_SubmitDocument;
  '\n  mutation ReportAccessTest_Approve($input: ReportTransitionInput!) {\n    approveReport(input: $input) {\n      status\n    }\n  }\n': typeof types.ReportAccessTest_ApproveDocument;
  '\n        mutation ReportExportContentTest_Create($input: CreateReportInput!) {\n          createReport(input: $input) {\n            id\n          }\n        }\n      ': typeof types.ReportExportContentTest_CreateDocument;
  '\n  query ReportsTest_Report($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      version\n      frozenAt\n      approvedBy {\n        name\n      }\n      viewerCanApprove\n      viewerCanEdit\n      comments {\n        text\n        author {\n          name\n        }\n      }\n      comparison {\n        previous {\n          id\n          period {\n            year\n            month\n          }\n        }\n        colourChanges {\n          kind\n          name\n          previous\n          current\n        }\n        forecastChanges {\n          name\n          previous\n          current\n        }\n        assignmentChanges {\n          title\n          previous\n          current\n        }\n      }\n      content {\n        orgUnitName\n        type\n        period {\n          year\n          month\n        }\n        compiledAt\n        isFrozen\n        sections {\n          id\n          kind\n          title\n          perspectiveName\n          analysisText\n          analysisVersion\n          analysisUpdatedAt\n          analysisUpdatedBy {\n            name\n          }\n          goalSummary {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          goals {\n            councilGoalTitle\n            title\n            fulfilment\n            comment\n          }\n          indicatorTables {\n            periodicity\n            periodLabel\n            previousPeriodLabel\n            hasRolling12\n            rows {\n              indicatorId\n              name\n              unit\n              previousYearOutcome\n              outcome\n              periodTarget\n              fullYearForecast\n              annualTarget\n              rolling12\n              status\n              statusSetByHand\n              isGenerated\n              previousYearIsGenerated\n            }\n          }\n          activities {\n            perspectiveName\n            title\n            endDate\n            status\n            comment\n          }\n          assignments {\n            title\n            source\n            caseNumber\n            dueDate\n            status\n            isOverdue\n            comment\n          }\n          financialLines {\n            name\n            unit\n            previousYearToDate\n            outcomeToDate\n            budgetToDate\n            fullYearForecast\n            fullYearBudget\n            rolledUpFrom\n          }\n          businessAreaResults {\n            name\n            depth\n            isTotal\n            resultToDate\n            fullYearForecast\n            rolledUpFrom\n          }\n          portfolios {\n            name\n            narrative\n            changes\n          }\n          deviatingProjects {\n            portfolioName\n            name\n            state\n            time\n            cost\n            result\n            reportDate\n            deviations {\n              dimension\n              status\n              cause\n              action\n            }\n          }\n          risks {\n            title\n            categoryName\n            probability\n            consequence\n            score\n            mitigations\n            isDemoValue\n          }\n          charts {\n            title\n            kind\n            unit\n            categories\n            generatedCategories\n            series {\n              name\n              values\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ReportsTest_ReportDocument;
  '\n  mutation ReportsTest_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.ReportsTest_CreateDocument;
  '\n  mutation ReportsTest_SaveText($input: SaveReportSectionTextInput!) {\n    saveReportSectionText(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.ReportsTest_SaveTextDocument;
  '\n  mutation ReportsTest_Submit($input: ReportTransitionInput!) {\n    submitReport(input: $input) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.ReportsTest_SubmitDocument;
  '\n  mutation ReportsTest_SendBack($input: SendBackReportInput!) {\n    sendBackReport(input: $input) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.ReportsTest_SendBackDocument;
  '\n  mutation ReportsTest_Approve($input: ReportTransitionInput!) {\n    approveReport(input: $input) {\n      id\n      version\n      status\n      frozenAt\n      approvedBy {\n        name\n      }\n    }\n  }\n': typeof types.ReportsTest_ApproveDocument;
  '\n  mutation ReportsTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      rolling12\n    }\n  }\n': typeof types.ReportsTest_SaveValuesDocument;
  '\n  query ReportsTest_List($orgUnitCode: String!, $year: Int!) {\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      type\n      status\n      period {\n        year\n        month\n      }\n    }\n  }\n': typeof types.ReportsTest_ListDocument;
  '\n  query RiskCategoryOrderTest_Categories {\n    riskCategories {\n      id\n      code\n      name\n      sortOrder\n      retired\n      version\n    }\n  }\n': typeof types.RiskCategoryOrderTest_CategoriesDocument;
  '\n  query RiskCategoryOrderTest_Register($orgUnitCode: String!) {\n    riskCategories {\n      name\n      retired\n    }\n    risks(orgUnitCode: $orgUnitCode) {\n      title\n      category {\n        name\n      }\n    }\n  }\n': typeof types.RiskCategoryOrderTest_RegisterDocument;
  '\n  mutation RiskCategoryOrderTest_Reorder($input: ReorderRiskCategoriesInput!) {\n    reorderRiskCategories(input: $input) {\n      id\n      name\n      sortOrder\n      version\n    }\n  }\n': typeof types.RiskCategoryOrderTest_ReorderDocument;
  '\n  mutation RiskCategoryOrderTest_Create($input: CreateRiskCategoryInput!) {\n    createRiskCategory(input: $input) {\n      id\n      sortOrder\n      version\n    }\n  }\n': typeof types.RiskCategoryOrderTest_CreateDocument;
  '\n  mutation RiskCategoryOrderTest_Update($input: UpdateRiskCategoryInput!) {\n    updateRiskCategory(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.RiskCategoryOrderTest_UpdateDocument;
  '\n  mutation RiskCategoryOrderTest_Remove($input: RemoveRiskCategoryInput!) {\n    removeRiskCategory(input: $input) {\n      id\n    }\n  }\n': typeof types.RiskCategoryOrderTest_RemoveDocument;
  '\n  query RiskSettingsTest_Categories {\n    riskCategories {\n      id\n      code\n      name\n      sortOrder\n      retired\n      riskCount\n      version\n    }\n    riskScale {\n      max\n      largestValued\n    }\n  }\n': typeof types.RiskSettingsTest_CategoriesDocument;
  '\n  mutation RiskSettingsTest_CreateCategory($input: CreateRiskCategoryInput!) {\n    createRiskCategory(input: $input) {\n      id\n      code\n      name\n      sortOrder\n      retired\n      riskCount\n      version\n    }\n  }\n': typeof types.RiskSettingsTest_CreateCategoryDocument;
  '\n  mutation RiskSettingsTest_UpdateCategory($input: UpdateRiskCategoryInput!) {\n    updateRiskCategory(input: $input) {\n      id\n      name\n      retired\n      version\n    }\n  }\n': typeof types.RiskSettingsTest_UpdateCategoryDocument;
  '\n  mutation RiskSettingsTest_RemoveCategory($input: RemoveRiskCategoryInput!) {\n    removeRiskCategory(input: $input) {\n      name\n    }\n  }\n': typeof types.RiskSettingsTest_RemoveCategoryDocument;
  '\n  mutation RiskSettingsTest_SetScale($input: SetRiskScaleInput!) {\n    setRiskScale(input: $input) {\n      max\n      largestValued\n    }\n  }\n': typeof types.RiskSettingsTest_SetScaleDocument;
  '\n  mutation RiskSettingsTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      version\n      category {\n        name\n      }\n    }\n  }\n': typeof types.RiskSettingsTest_CreateRiskDocument;
  '\n  mutation RiskSettingsTest_UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      title\n      version\n      category {\n        name\n      }\n    }\n  }\n': typeof types.RiskSettingsTest_UpdateRiskDocument;
  '\n  mutation RiskWritesTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      title\n      owner\n      version\n      valuations {\n        probability\n        consequence\n        isDemoValue\n        createdBy {\n          name\n        }\n      }\n    }\n  }\n': typeof types.RiskWritesTest_CreateRiskDocument;
  '\n  mutation RiskWritesTest_UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n': typeof types.RiskWritesTest_UpdateRiskDocument;
  '\n  mutation RiskWritesTest_AddValuation($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      valuedOn\n      score\n    }\n  }\n': typeof types.RiskWritesTest_AddValuationDocument;
  '\n  mutation RiskWritesTest_AddMitigation($input: AddMitigationInput!) {\n    addMitigation(input: $input) {\n      id\n      title\n      dueDate\n      status\n      version\n    }\n  }\n': typeof types.RiskWritesTest_AddMitigationDocument;
  '\n  mutation RiskWritesTest_UpdateMitigation($input: UpdateMitigationInput!) {\n    updateMitigation(input: $input) {\n      status\n      version\n    }\n  }\n': typeof types.RiskWritesTest_UpdateMitigationDocument;
  '\n  mutation RiskWritesTest_CreateControl($input: CreateControlInput!) {\n    createInternalControl(input: $input) {\n      id\n      title\n      risk {\n        title\n      }\n      version\n    }\n  }\n': typeof types.RiskWritesTest_CreateControlDocument;
  '\n  mutation RiskWritesTest_UpdateControl($input: UpdateControlInput!) {\n    updateInternalControl(input: $input) {\n      title\n      frequency\n      version\n    }\n  }\n': typeof types.RiskWritesTest_UpdateControlDocument;
  '\n  mutation RiskWritesTest_RecordResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      month\n      performed\n      outcome\n      description\n      followUpAction\n      version\n    }\n  }\n': typeof types.RiskWritesTest_RecordResultDocument;
  '\n  query RisksTest_Register($orgUnitCode: String!, $upTo: MonthInput!) {\n    riskScaleMax(orgUnitCode: $orgUnitCode)\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      owner\n      version\n      category {\n        code\n      }\n      orgUnit {\n        code\n      }\n      valuation(upTo: $upTo) {\n        valuedOn\n        probability\n        consequence\n        score\n      }\n      valuations {\n        valuedOn\n        score\n        reasoning\n      }\n      hasOverdueMitigations(upTo: $upTo)\n      mitigations {\n        title\n        dueDate\n        status\n        isOverdue(upTo: $upTo)\n      }\n      controls {\n        title\n      }\n    }\n  }\n': typeof types.RisksTest_RegisterDocument;
  '\n  query RisksTest_ControlPlan($orgUnitCode: String!, $year: Int!) {\n    internalControls(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      version\n      risk {\n        title\n      }\n      results(year: $year) {\n        month\n        performed\n        outcome\n        description\n        followUpAction\n        isDemoValue\n        version\n      }\n    }\n  }\n': typeof types.RisksTest_ControlPlanDocument;
  '\n  mutation TargetsTest_ConfirmProposals($input: ConfirmTargetProposalsInput!) {\n    confirmTargetProposals(input: $input) {\n      isProposal\n    }\n  }\n': typeof types.TargetsTest_ConfirmProposalsDocument;
  '\n  query TargetsTest_Sheet($orgUnitCode: String!, $year: Int!, $includeSubunits: Boolean) {\n    targetSheet(orgUnitCode: $orgUnitCode, year: $year, includeSubunits: $includeSubunits) {\n      year\n      canEdit\n      includeSubunits\n      rows {\n        indicator {\n          id\n          code\n        }\n        canEdit\n        periods\n        periodTargets\n        annualTarget\n        versions {\n          period\n          version\n        }\n        previousOutcomes {\n          year\n          value\n        }\n        previousYearForecast {\n          year\n          value\n        }\n      }\n    }\n  }\n': typeof types.TargetsTest_SheetDocument;
  '\n  mutation TargetsTest_Save($input: TargetsInput!) {\n    saveTargets(input: $input) {\n      indicator {\n        code\n      }\n      periodTargets\n      annualTarget\n      versions {\n        period\n        version\n      }\n    }\n  }\n': typeof types.TargetsTest_SaveDocument;
  '\n  query TargetsTest_Reported($id: ID!, $code: String!) {\n    latestReportMonth {\n      year\n      month\n    }\n    orgUnit(code: $code) {\n      latestReportMonth {\n        year\n        month\n      }\n    }\n    indicator(id: $id) {\n      latestValue(upTo: { year: 2024, month: 12 }) {\n        period\n        outcome\n      }\n    }\n  }\n': typeof types.TargetsTest_ReportedDocument;
  '\n  query TargetsTest_Economy($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      businessAreaResults {\n        orgUnit {\n          code\n        }\n        operationsToDate\n        operationsBudgetToDate\n        operationsBudget\n        developmentBudget\n      }\n    }\n  }\n': typeof types.TargetsTest_EconomyDocument;
  '\n  mutation ReportingObligationsTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      outcome\n    }\n  }\n': typeof types.ReportingObligationsTest_SaveValuesDocument;
  '\n  query ToDoTest_MyToDo {\n    myToDo {\n      id\n      kind\n      title\n      orgUnitName\n      periodKind\n      year\n      periodNumber\n      deadline\n      overdue\n      link\n    }\n  }\n': typeof types.ToDoTest_MyToDoDocument;
  '\n  mutation ToDoTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n': typeof types.ToDoTest_SaveValuesDocument;
  '\n  query OrgUnitImportTest_Preview($id: ID!) {\n    valueImport(id: $id) {\n      kind\n      status\n      writtenCount\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n      rows(limit: 200) {\n        rows {\n          rowNumber\n          status\n          orgUnitCode\n          indicator\n          period\n          orgUnit {\n            name\n            parentCode\n            kind\n            validFrom\n          }\n          changes {\n            field\n            old\n            new\n          }\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n': typeof types.OrgUnitImportTest_PreviewDocument;
  '\n  mutation OrgUnitImportTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n      writtenCount\n    }\n  }\n': typeof types.OrgUnitImportTest_CommitDocument;
  '\n  mutation OrgUnitImportTest_Rename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      version\n    }\n  }\n': typeof types.OrgUnitImportTest_RenameDocument;
  '\n  mutation ValueImportAuditTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n': typeof types.ValueImportAuditTest_SaveValuesDocument;
  '\n  mutation ValueImportAuditTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      writtenCount\n    }\n  }\n': typeof types.ValueImportAuditTest_CommitDocument;
  '\n  mutation ValueImportCommitScaleTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      writtenCount\n    }\n  }\n': typeof types.ValueImportCommitScaleTest_CommitDocument;
  '\n  mutation ValueImportPeriodLockTest_Commit($id: ID!, $correctionReason: String) {\n    commitValueImport(id: $id, correctionReason: $correctionReason) {\n      status\n    }\n  }\n': typeof types.ValueImportPeriodLockTest_CommitDocument;
  '\n  query ValueImportPlanLockTest_Rows($id: ID!) {\n    valueImport(id: $id) {\n      rows(limit: 50) {\n        rows {\n          rowNumber\n          status\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n': typeof types.ValueImportPlanLockTest_RowsDocument;
  '\n  mutation ValueImportPlanLockTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n    }\n  }\n': typeof types.ValueImportPlanLockTest_CommitDocument;
  '\n  mutation ValueImportRetiredTest_Retire($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      version\n    }\n  }\n': typeof types.ValueImportRetiredTest_RetireDocument;
  '\n  query ValueImportRetiredTest_Preview($id: ID!) {\n    valueImport(id: $id) {\n      rows(limit: 10) {\n        rows {\n          status\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n': typeof types.ValueImportRetiredTest_PreviewDocument;
  '\n  mutation ValueImportRetiredTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n    }\n  }\n': typeof types.ValueImportRetiredTest_CommitDocument;
  '\n  query ValueImportRoutesTest_Preview($id: ID!) {\n    valueImport(id: $id) {\n      fileName\n      counts {\n        new\n        total\n      }\n    }\n  }\n': typeof types.ValueImportRoutesTest_PreviewDocument;
  '\n        query ValueImportScaleTest_LastPage($id: ID!) {\n          valueImport(id: $id) {\n            counts {\n              new\n            }\n            rows(offset: 49800, limit: 200) {\n              rows {\n                rowNumber\n                changes {\n                  old\n                  new\n                }\n                errors {\n                  message\n                }\n              }\n            }\n          }\n        }\n      ': typeof types.ValueImportScaleTest_LastPageDocument;
  '\n        mutation ValueImportScaleTest_Commit($id: ID!) {\n          commitValueImport(id: $id) {\n            writtenCount\n          }\n        }\n      ': typeof types.ValueImportScaleTest_CommitDocument;
  '\n        query ValueImportScaleTest_Reimport($id: ID!) {\n          valueImport(id: $id) {\n            counts {\n              unchanged\n            }\n          }\n        }\n      ': typeof types.ValueImportScaleTest_ReimportDocument;
  '\n  query ValueImportTest_Preview($id: ID!, $status: ValueImportRowStatus, $offset: Int, $limit: Int) {\n    valueImport(id: $id) {\n      status\n      writtenCount\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n      rows(status: $status, offset: $offset, limit: $limit) {\n        total\n        rows {\n          rowNumber\n          status\n          orgUnitCode\n          indicator\n          period\n          changes {\n            field\n            old\n            new\n          }\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n': typeof types.ValueImportTest_PreviewDocument;
  '\n  mutation ValueImportTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n      writtenCount\n    }\n  }\n': typeof types.ValueImportTest_CommitDocument;
  '\n  mutation ValueImportTest_Cancel($id: ID!) {\n    cancelValueImport(id: $id) {\n      status\n    }\n  }\n': typeof types.ValueImportTest_CancelDocument;
  '\n        mutation ValueImportTest_SaveValues($input: IndicatorValuesInput!) {\n          saveIndicatorValues(input: $input) {\n            version\n          }\n        }\n      ': typeof types.ValueImportTest_SaveValuesDocument;
  '\n  query ReadRoutingTest_Sheet($period: MonthInput!) {\n    dataEntrySheet(orgUnitCode: "intraservice", period: $period) {\n      indicatorRows {\n        indicator {\n          id\n          code\n        }\n        value {\n          outcome\n          version\n        }\n      }\n    }\n  }\n': typeof types.ReadRoutingTest_SheetDocument;
  '\n  mutation ReadRoutingTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      outcome\n      version\n    }\n  }\n': typeof types.ReadRoutingTest_SaveValuesDocument;
  '\n  query ReadRoutingTest_PlanLock {\n    orgUnit(code: "intraservice") {\n      canPlan(year: 2023)\n      planLock(year: 2023)\n    }\n  }\n': typeof types.ReadRoutingTest_PlanLockDocument;
  '\n  query ReadRoutingTest_Overview {\n    overview(orgUnitCode: "intraservice", upTo: { year: 2023, month: 5 }) {\n      changeCount\n      perspectives {\n        __typename\n      }\n      keyIndicators {\n        __typename\n      }\n      redProjects {\n        __typename\n      }\n      topRisks {\n        __typename\n      }\n      attention {\n        redIndicators {\n          __typename\n        }\n        notReportedIndicators {\n          __typename\n        }\n        overdueAssignments {\n          __typename\n        }\n        overdueAuditActions {\n          __typename\n        }\n      }\n    }\n  }\n': typeof types.ReadRoutingTest_OverviewDocument;
  '\n  query ReadRoutingTest_ValueImport($id: ID!) {\n    valueImport(id: $id) {\n      fileName\n      status\n    }\n  }\n': typeof types.ReadRoutingTest_ValueImportDocument;
};
const documents: Documents = {
  '\n  query AnswerCacheMayValue($id: ID!) {\n    indicator(id: $id) {\n      name\n      value(period: "2023-05") {\n        outcome\n        version\n      }\n    }\n  }\n':
    types.AnswerCacheMayValueDocument,
  '\n  mutation AnswerCacheSaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      outcome\n    }\n  }\n':
    types.AnswerCacheSaveValueDocument,
  '\n  query AnswerCacheOverviewOf($code: String!) {\n    overview(orgUnitCode: $code, upTo: { year: 2023, month: 5 }) {\n      orgUnit {\n        code\n      }\n    }\n  }\n':
    types.AnswerCacheOverviewOfDocument,
  '\n  query AnswerCacheUnits {\n    orgUnits {\n      code\n    }\n  }\n': types.AnswerCacheUnitsDocument,
  '\n  query AnswerCacheViewerAndOverview {\n    viewer {\n      name\n    }\n    overview(orgUnitCode: "intraservice", upTo: { year: 2023, month: 5 }) {\n      orgUnit {\n        code\n      }\n    }\n  }\n':
    types.AnswerCacheViewerAndOverviewDocument,
  '\n  query CancellationGoals($year: Int!) {\n    goals(orgUnitCode: "intraservice", year: $year) {\n      title\n      parents {\n        title\n      }\n      assessment(upTo: { year: 2023, month: 5 }) {\n        fulfilment\n      }\n      indicators {\n        name\n        latestValue(upTo: { year: 2023, month: 5 }) {\n          outcome\n          status\n        }\n      }\n    }\n  }\n':
    types.CancellationGoalsDocument,
  '\n  query FirstRunTest_Due {\n    signInOptions {\n      firstRun\n    }\n  }\n': types.FirstRunTest_DueDocument,
  '\n  query FirstRunTest_Viewer {\n    viewer {\n      name\n      isAdministrator\n      roles {\n        role\n        orgUnit {\n          name\n        }\n      }\n    }\n  }\n':
    types.FirstRunTest_ViewerDocument,
  '\n  query FirstRunTest_RiskCategories {\n    riskCategories {\n      id\n      name\n    }\n    viewer {\n      roles {\n        orgUnit {\n          id\n        }\n      }\n    }\n  }\n':
    types.FirstRunTest_RiskCategoriesDocument,
  '\n  mutation FirstRunTest_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      email\n    }\n  }\n':
    types.FirstRunTest_CreateUserDocument,
  '\n  mutation FirstRunTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      title\n      category {\n        name\n      }\n    }\n  }\n':
    types.FirstRunTest_CreateRiskDocument,
  '\n    mutation RolesTest_SetAssessment($input: GoalAssessmentInput!) {\n      setGoalAssessment(input: $input) {\n        fulfilment\n        version\n      }\n    }\n  ':
    types.RolesTest_SetAssessmentDocument,
  '\n    mutation RolesTest_CreateUser($input: CreateUserInput!) {\n      createUser(input: $input) {\n        email\n        roles {\n          role\n          orgUnit {\n            code\n          }\n        }\n      }\n    }\n  ':
    types.RolesTest_CreateUserDocument,
  '\n    query RolesTest_OrgUnits {\n      orgUnits {\n        code\n      }\n    }\n  ':
    types.RolesTest_OrgUnitsDocument,
  '\n          query RolesTest_SignInOptions {\n            signInOptions {\n              singleSignOn\n            }\n            viewer {\n              id\n            }\n          }\n        ':
    types.RolesTest_SignInOptionsDocument,
  '\n          query RolesTest_SiblingCommittee {\n            direct: orgUnit(code: "kommunstyrelsen") {\n              name\n            }\n            nested: orgUnit(code: "goteborg") {\n              children {\n                code\n              }\n            }\n            goals(orgUnitCode: "kommunstyrelsen", year: 2023) {\n              title\n            }\n            councilGoal: goals(orgUnitCode: "intraservice", year: 2023) {\n              children {\n                title\n              }\n            }\n          }\n        ':
    types.RolesTest_SiblingCommitteeDocument,
  '\n          query RolesTest_Goals {\n            goals(orgUnitCode: "intraservice", year: 2023) {\n              title\n            }\n          }\n        ':
    types.RolesTest_GoalsDocument,
  '\n      query RolesTest_Users {\n        users {\n          email\n        }\n      }\n    ':
    types.RolesTest_UsersDocument,
  '\n  mutation AssignmentWritesTest_Create($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      title\n      source\n      caseNumber\n      deadline\n      year\n      orgUnit {\n        code\n      }\n      version\n    }\n  }\n':
    types.AssignmentWritesTest_CreateDocument,
  '\n  mutation AssignmentWritesTest_Update($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      title\n      caseNumber\n      deadline\n      orgUnit {\n        code\n      }\n      version\n    }\n  }\n':
    types.AssignmentWritesTest_UpdateDocument,
  '\n  mutation AssignmentWritesTest_SaveUpdate($input: AssignmentUpdateInput!) {\n    saveAssignmentUpdate(input: $input) {\n      year\n      month\n      status\n      comment\n      decisionDate\n      decisionCaseNumber\n      version\n    }\n  }\n':
    types.AssignmentWritesTest_SaveUpdateDocument,
  '\n  query AssignmentWritesTest_Overdue($orgUnitCode: String!, $upTo: MonthInput!) {\n    assignments(orgUnitCode: $orgUnitCode) {\n      id\n      isOverdue(upTo: $upTo)\n      update(upTo: $upTo) {\n        status\n      }\n    }\n  }\n':
    types.AssignmentWritesTest_OverdueDocument,
  '\n  query AssignmentsTest_Assignments($orgUnitCode: String!, $year: Int, $upTo: MonthInput!) {\n    assignments(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      source\n      caseNumber\n      deadline\n      year\n      orgUnit {\n        code\n      }\n      update(upTo: $upTo) {\n        status\n        comment\n      }\n      isOverdue(upTo: $upTo)\n    }\n  }\n':
    types.AssignmentsTest_AssignmentsDocument,
  '\n  query AssignmentsTest_AuditReports($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    auditReports(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      auditor\n      reportDate\n      recommendations {\n        recommendation\n        action\n        ownerName\n        ownerUser {\n          name\n        }\n        dueDate\n        update(upTo: $upTo) {\n          status\n          comment\n        }\n        isOverdue(upTo: $upTo)\n      }\n    }\n  }\n':
    types.AssignmentsTest_AuditReportsDocument,
  '\n  mutation AuditReportWritesTest_CreateReport($input: CreateAuditReportInput!) {\n    createAuditReport(input: $input) {\n      id\n      title\n      auditor\n      reportDate\n      caseNumber\n      year\n      version\n    }\n  }\n':
    types.AuditReportWritesTest_CreateReportDocument,
  '\n  mutation AuditReportWritesTest_UpdateReport($input: UpdateAuditReportInput!) {\n    updateAuditReport(input: $input) {\n      title\n      version\n    }\n  }\n':
    types.AuditReportWritesTest_UpdateReportDocument,
  '\n  mutation AuditReportWritesTest_CreateRecommendation($input: CreateAuditRecommendationInput!) {\n    createAuditRecommendation(input: $input) {\n      id\n      recommendation\n      action\n      ownerName\n      ownerUser {\n        name\n      }\n      dueDate\n      version\n    }\n  }\n':
    types.AuditReportWritesTest_CreateRecommendationDocument,
  '\n  mutation AuditReportWritesTest_UpdateRecommendation($input: UpdateAuditRecommendationInput!) {\n    updateAuditRecommendation(input: $input) {\n      action\n      ownerName\n      ownerUser {\n        name\n      }\n      version\n    }\n  }\n':
    types.AuditReportWritesTest_UpdateRecommendationDocument,
  '\n  mutation AuditReportWritesTest_SaveActionUpdate($input: AuditActionUpdateInput!) {\n    saveAuditActionUpdate(input: $input) {\n      year\n      month\n      status\n      comment\n      version\n    }\n  }\n':
    types.AuditReportWritesTest_SaveActionUpdateDocument,
  '\n  query AuditReportWritesTest_OwnerCandidates($orgUnitCode: String!) {\n    auditActionOwnerCandidates(orgUnitCode: $orgUnitCode) {\n      name\n    }\n  }\n':
    types.AuditReportWritesTest_OwnerCandidatesDocument,
  '\n  query AuditLogNamesTest_Log($filter: AuditLogFilter, $first: Int) {\n    auditLog(filter: $filter, first: $first) {\n      events {\n        action\n        entityType\n        entityName\n        changes {\n          field\n          oldValue\n          newValue\n          referencedType\n          oldName\n          newName\n        }\n      }\n    }\n  }\n':
    types.AuditLogNamesTest_LogDocument,
  '\n  mutation AuditTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      id\n      period\n      outcome\n      comment\n      version\n      status\n    }\n  }\n':
    types.AuditTest_SaveValueDocument,
  '\n  query AuditTest_History($id: ID!) {\n    history(entityType: "IndicatorValue", entityId: $id) {\n      operation\n      action\n      author {\n        name\n      }\n      orgUnit {\n        code\n      }\n      changes {\n        field\n        oldValue\n        newValue\n      }\n    }\n  }\n':
    types.AuditTest_HistoryDocument,
  '\n  mutation BadInputTest_SetReminderFrequency($input: SetReminderFrequencyInput!) {\n    setReminderFrequency(input: $input) {\n      frequency\n      version\n    }\n  }\n':
    types.BadInputTest_SetReminderFrequencyDocument,
  '\n  mutation BadInputTest_RetryReminderMail($input: RetryReminderMailInput!) {\n    retryReminderMail(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.BadInputTest_RetryReminderMailDocument,
  '\n  mutation BadInputTest_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      name\n    }\n  }\n':
    types.BadInputTest_CreateUserDocument,
  '\n  mutation BadInputTest_UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      version\n    }\n  }\n':
    types.BadInputTest_UpdateUserDocument,
  '\n  mutation BadInputTest_SetAssessment($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      comment\n      version\n    }\n  }\n':
    types.BadInputTest_SetAssessmentDocument,
  '\n  mutation BadInputTest_GenerateCalendar($input: GenerateReportingCalendarInput!) {\n    generateReportingCalendar(input: $input) {\n      id\n    }\n  }\n':
    types.BadInputTest_GenerateCalendarDocument,
  '\n  mutation BadInputTest_MoveDeadline($input: SetReportingPeriodDeadlineInput!) {\n    setReportingPeriodDeadline(input: $input) {\n      id\n      deadline\n    }\n  }\n':
    types.BadInputTest_MoveDeadlineDocument,
  '\n  mutation BadInputTest_SetLevelDeadline($input: SetReportingLevelDeadlineInput!) {\n    setReportingLevelDeadline(input: $input) {\n      id\n    }\n  }\n':
    types.BadInputTest_SetLevelDeadlineDocument,
  '\n  mutation BadInputTest_ClosePeriod($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.BadInputTest_ClosePeriodDocument,
  '\n  mutation BadInputTest_ReopenPeriod($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.BadInputTest_ReopenPeriodDocument,
  '\n  mutation BadInputTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      id\n      comment\n      version\n    }\n  }\n':
    types.BadInputTest_SaveValueDocument,
  '\n  mutation BadInputTest_AddReport($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      id\n      comment\n    }\n  }\n':
    types.BadInputTest_AddReportDocument,
  '\n  mutation BadInputTest_MoveProject($input: ProjectMoveInput!) {\n    moveProject(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.BadInputTest_MoveProjectDocument,
  '\n  mutation BadInputTest_UpdateProject($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      id\n      name\n      version\n    }\n  }\n':
    types.BadInputTest_UpdateProjectDocument,
  '\n  mutation BadInputTest_CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n    }\n  }\n':
    types.BadInputTest_CreatePortfolioDocument,
  '\n  mutation BadInputTest_UpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.BadInputTest_UpdatePortfolioDocument,
  '\n  mutation BadInputTest_CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n':
    types.BadInputTest_CreateProjectDocument,
  '\n  mutation BadInputTest_ChangePhase($input: ProjectPhaseChangeInput!) {\n    changeProjectPhase(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.BadInputTest_ChangePhaseDocument,
  '\n  mutation BadInputTest_SplitProject($input: SplitProjectInput!) {\n    splitProject(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.BadInputTest_SplitProjectDocument,
  '\n  mutation BadInputTest_MergeProjects($input: MergeProjectsInput!) {\n    mergeProjects(input: $input) {\n      id\n    }\n  }\n':
    types.BadInputTest_MergeProjectsDocument,
  '\n  mutation BadInputTest_ChangeState($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      id\n      state\n      version\n    }\n  }\n':
    types.BadInputTest_ChangeStateDocument,
  '\n  mutation BadInputTest_SavePortfolioStatus($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      id\n      narrative\n      version\n    }\n  }\n':
    types.BadInputTest_SavePortfolioStatusDocument,
  '\n  mutation BadInputTest_CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n':
    types.BadInputTest_CreateOrgUnitDocument,
  '\n  mutation BadInputTest_RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n':
    types.BadInputTest_RenameOrgUnitDocument,
  '\n  mutation BadInputTest_MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.BadInputTest_MoveOrgUnitDocument,
  '\n  mutation BadInputTest_CloseOrgUnit($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      id\n      validTo\n      version\n    }\n  }\n':
    types.BadInputTest_CloseOrgUnitDocument,
  '\n  mutation BadInputTest_CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      code\n      version\n    }\n  }\n':
    types.BadInputTest_CreateIndicatorDocument,
  '\n  mutation BadInputTest_UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      name\n      version\n    }\n  }\n':
    types.BadInputTest_UpdateIndicatorDocument,
  '\n  mutation BadInputTest_SetIndicatorRetired($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n':
    types.BadInputTest_SetIndicatorRetiredDocument,
  '\n      query BadInputTest_AuditLog($filter: AuditLogFilter) {\n        auditLog(filter: $filter) {\n          events {\n            id\n          }\n          nextCursor\n        }\n      }\n    ':
    types.BadInputTest_AuditLogDocument,
  '\n  mutation ConcurrentCreationTest_SetAssessment($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.ConcurrentCreationTest_SetAssessmentDocument,
  '\n  mutation ConcurrentCreationTest_SaveActivityUpdate($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.ConcurrentCreationTest_SaveActivityUpdateDocument,
  '\n  mutation ConcurrentCreationTest_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n':
    types.ConcurrentCreationTest_CreateUserDocument,
  '\n  mutation ConcurrentCreationTest_RecordControlResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.ConcurrentCreationTest_RecordControlResultDocument,
  '\n  query DataEntryTest_Sheet($orgUnitCode: String!, $period: MonthInput!) {\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $period) {\n      year\n      month\n      canEdit\n      orgUnit {\n        code\n      }\n      indicatorRows {\n        period\n        indicator {\n          name\n          unit\n        }\n        value {\n          outcome\n          periodTarget\n          fullYearForecast\n          status\n          isSynthetic\n          version\n        }\n      }\n      goalRows {\n        goal {\n          title\n        }\n        assessment {\n          fulfilment\n        }\n      }\n      activityRows {\n        activity {\n          title\n        }\n        update {\n          status\n          comment\n          version\n        }\n      }\n    }\n  }\n':
    types.DataEntryTest_SheetDocument,
  '\n  mutation DataEntryTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      period\n      outcome\n      fullYearForecast\n      comment\n      isSynthetic\n      version\n    }\n  }\n':
    types.DataEntryTest_SaveValuesDocument,
  '\n  mutation DataEntryTest_SaveActivity($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      month\n      status\n      comment\n      version\n    }\n  }\n':
    types.DataEntryTest_SaveActivityDocument,
  '\n  mutation DataEntryTest_SaveRolling12($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      period\n      outcome\n      rolling12\n      version\n    }\n  }\n':
    types.DataEntryTest_SaveRolling12Document,
  '\n  mutation DataEntryTest_SaveOneRolling12($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      rolling12\n    }\n  }\n':
    types.DataEntryTest_SaveOneRolling12Document,
  '\n  mutation DataEntryTest_SaveSomeFigures($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n      version\n    }\n  }\n':
    types.DataEntryTest_SaveSomeFiguresDocument,
  '\n  query DataEntryTest_SheetRolling12($orgUnitCode: String!, $period: MonthInput!) {\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $period) {\n      indicatorRows {\n        period\n        indicator {\n          name\n        }\n        value {\n          rolling12\n        }\n      }\n    }\n  }\n':
    types.DataEntryTest_SheetRolling12Document,
  '\n  mutation ValueStatusTest_Set($input: SetIndicatorValueStatusInput!) {\n    setIndicatorValueStatus(input: $input) {\n      period\n      status\n      ruleStatus\n      statusOverride\n      statusOverrideReason\n      version\n    }\n  }\n':
    types.ValueStatusTest_SetDocument,
  '\n  query ValueStatusTest_Indicator($id: ID!) {\n    indicator(id: $id) {\n      canSetStatus\n      value(period: "2023-05") {\n        status\n        ruleStatus\n        statusOverride\n        statusOverrideReason\n        version\n      }\n      series(granularity: MONTH, fromYear: 2023, toYear: 2023) {\n        period\n        status\n        statusOverrideReason\n      }\n    }\n  }\n':
    types.ValueStatusTest_IndicatorDocument,
  '\n  query ValueStatusTest_Overview($upTo: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $upTo) {\n      perspectives {\n        indicatorsGreen\n        indicatorsYellow\n        indicatorsRed\n      }\n    }\n  }\n':
    types.ValueStatusTest_OverviewDocument,
  '\n  query EconomyRollupTest_Economy($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      lines {\n        indicator {\n          code\n        }\n        outcomeToDate\n        budgetToDate\n        fullYearForecast\n        fullYearBudget\n        previousYearToDate\n        status\n        rolledUpFrom {\n          code\n        }\n      }\n      businessAreaResults {\n        orgUnit {\n          code\n        }\n        isTotal\n        operationsToDate\n        operationsBudgetToDate\n        operationsBudget\n        developmentToDate\n        rolledUpFrom {\n          code\n        }\n      }\n    }\n  }\n':
    types.EconomyRollupTest_EconomyDocument,
  '\n  query EconomyTest_Economy($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        code\n      }\n      lines {\n        indicator {\n          name\n        }\n        outcomeToDate\n        budgetToDate\n        deviationToDate\n        fullYearForecast\n        fullYearBudget\n        previousYearToDate\n        status\n      }\n      businessAreaResults {\n        orgUnit {\n          name\n        }\n        isTotal\n        operationsToDate\n        operationsBudgetToDate\n        operationsForecast\n        operationsBudget\n        developmentToDate\n        developmentBudgetToDate\n        developmentForecast\n        developmentBudget\n      }\n    }\n  }\n':
    types.EconomyTest_EconomyDocument,
  '\n  query ForecastAccuracyTest_Accuracy($orgUnitCode: String!, $year: Int!) {\n    forecastAccuracy(orgUnitCode: $orgUnitCode, year: $year) {\n      rounds {\n        name\n      }\n      indicators {\n        indicator {\n          name\n        }\n        outcome\n        outcomeIsSynthetic\n        forecasts {\n          round {\n            name\n          }\n          forecast\n          carriedOver\n          error\n          absoluteError\n          relativeError\n        }\n        meanAbsoluteError\n        meanAbsolutePercentageError\n      }\n      meanAbsolutePercentageError\n      comparedForecasts\n      byRound {\n        round {\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n      byUnit {\n        orgUnit {\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n    }\n  }\n':
    types.ForecastAccuracyTest_AccuracyDocument,
  '\n  query ForecastAccuracyTest_Projection($id: ID!, $upTo: MonthInput!) {\n    indicator(id: $id) {\n      yearEndProjection(upTo: $upTo) {\n        projectedOutcome\n        method\n        basedOnMonth\n        lastYearShare\n        humanForecast\n        difference\n        relativeDifference\n        differsFromForecast\n        tolerance\n        usesGeneratedValues\n      }\n    }\n  }\n':
    types.ForecastAccuracyTest_ProjectionDocument,
  '\n        query ForecastAccuracyTest_RoundYears {\n          forecastRoundYears\n        }\n      ':
    types.ForecastAccuracyTest_RoundYearsDocument,
  '\n  mutation ForecastRoundLockTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      fullYearForecast\n    }\n  }\n':
    types.ForecastRoundLockTest_SaveValuesDocument,
  '\n  mutation ForecastRoundLockTest_Close($input: CloseForecastRoundInput!) {\n    closeForecastRound(input: $input) {\n      status\n    }\n  }\n':
    types.ForecastRoundLockTest_CloseDocument,
  '\n  mutation ForecastsTest_Open($input: OpenForecastRoundInput!) {\n    openForecastRound(input: $input) {\n      id\n      name\n      asOf\n      status\n      version\n    }\n  }\n':
    types.ForecastsTest_OpenDocument,
  '\n  mutation ForecastsTest_Close($input: CloseForecastRoundInput!) {\n    closeForecastRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n':
    types.ForecastsTest_CloseDocument,
  '\n  mutation ForecastsTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      fullYearForecast\n      version\n    }\n  }\n':
    types.ForecastsTest_SaveValuesDocument,
  '\n  mutation ForecastsTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      fullYearForecast\n      version\n    }\n  }\n':
    types.ForecastsTest_SaveValueDocument,
  '\n  query ForecastsTest_RoundForecasts($id: ID!) {\n    indicator(id: $id) {\n      roundForecasts(year: 2023) {\n        round {\n          name\n          status\n        }\n        fullYearForecast\n        carriedOver\n        changeFromPrevious\n        comment\n      }\n    }\n  }\n':
    types.ForecastsTest_RoundForecastsDocument,
  '\n  query CouncilGoalMatrixTest_Goals($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      level\n      children {\n        title\n        orgUnit {\n          code\n        }\n        assessment(upTo: $upTo) {\n          fulfilment\n        }\n      }\n    }\n  }\n':
    types.CouncilGoalMatrixTest_GoalsDocument,
  '\n  mutation GoalPlanningBadInput_CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n':
    types.GoalPlanningBadInput_CreateGoalDocument,
  '\n  mutation GoalPlanningBadInput_UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n    }\n  }\n':
    types.GoalPlanningBadInput_UpdateGoalDocument,
  '\n  mutation GoalPlanningBadInput_MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n    }\n  }\n':
    types.GoalPlanningBadInput_MoveGoalDocument,
  '\n  mutation GoalPlanningBadInput_SetGoalRetired($input: SetGoalRetiredInput!) {\n    setGoalRetired(input: $input) {\n      id\n    }\n  }\n':
    types.GoalPlanningBadInput_SetGoalRetiredDocument,
  '\n  mutation GoalPlanningBadInput_SetGoalIndicators($input: SetGoalIndicatorsInput!) {\n    setGoalIndicators(input: $input) {\n      id\n    }\n  }\n':
    types.GoalPlanningBadInput_SetGoalIndicatorsDocument,
  '\n  mutation GoalPlanningBadInput_CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n':
    types.GoalPlanningBadInput_CreateActivityDocument,
  '\n  mutation GoalPlanningBadInput_UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n    }\n  }\n':
    types.GoalPlanningBadInput_UpdateActivityDocument,
  '\n  mutation GoalPlanningBadInput_SetActivityRetired($input: SetActivityRetiredInput!) {\n    setActivityRetired(input: $input) {\n      id\n    }\n  }\n':
    types.GoalPlanningBadInput_SetActivityRetiredDocument,
  '\n  query GoalPlanningTest_Plan($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!, $includeRetired: Boolean) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      canPlan\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year, includeRetired: $includeRetired) {\n      id\n      title\n      level\n      retiredAt\n      canPlan\n      version\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n      indicators {\n        code\n      }\n      assessment(upTo: $upTo) {\n        fulfilment\n        comment\n      }\n      activities {\n        title\n      }\n    }\n  }\n':
    types.GoalPlanningTest_PlanDocument,
  '\n  mutation GoalPlanningTest_CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      level\n      year\n      version\n      perspective {\n        name\n      }\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n    }\n  }\n':
    types.GoalPlanningTest_CreateGoalDocument,
  '\n  mutation GoalPlanningTest_UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      description\n      version\n      parents {\n        title\n      }\n    }\n  }\n':
    types.GoalPlanningTest_UpdateGoalDocument,
  '\n  mutation GoalPlanningTest_MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.GoalPlanningTest_MoveGoalDocument,
  '\n  query GoalPlanningTest_Reporting($orgUnitCode: String!, $upTo: MonthInput!) {\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $upTo) {\n      goalRows {\n        goal {\n          title\n        }\n      }\n    }\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      perspectives {\n        goalsFulfilled\n        goalsPartlyFulfilled\n        goalsNotFulfilled\n        goalsNotAssessed\n      }\n    }\n  }\n':
    types.GoalPlanningTest_ReportingDocument,
  '\n  mutation GoalPlanningTest_SetGoalRetired($input: SetGoalRetiredInput!) {\n    setGoalRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n':
    types.GoalPlanningTest_SetGoalRetiredDocument,
  '\n  mutation GoalPlanningTest_SetGoalIndicators($input: SetGoalIndicatorsInput!) {\n    setGoalIndicators(input: $input) {\n      id\n      version\n      indicators {\n        code\n      }\n    }\n  }\n':
    types.GoalPlanningTest_SetGoalIndicatorsDocument,
  '\n  mutation GoalPlanningTest_CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      owner\n      ownerId\n      startDate\n      endDate\n      version\n      goal {\n        id\n      }\n    }\n  }\n':
    types.GoalPlanningTest_CreateActivityDocument,
  '\n  mutation GoalPlanningTest_UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      owner\n      ownerId\n      version\n    }\n  }\n':
    types.GoalPlanningTest_UpdateActivityDocument,
  '\n  mutation GoalPlanningTest_SetActivityRetired($input: SetActivityRetiredInput!) {\n    setActivityRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n':
    types.GoalPlanningTest_SetActivityRetiredDocument,
  '\n  query GoalPlanningTest_ParentOptions($orgUnitId: ID!, $year: Int!) {\n    goalParentOptions(orgUnitId: $orgUnitId, year: $year) {\n      title\n      level\n    }\n  }\n':
    types.GoalPlanningTest_ParentOptionsDocument,
  '\n  query GoalPlanningTest_OwnerOptions($orgUnitId: ID!) {\n    activityOwnerOptions(orgUnitId: $orgUnitId) {\n      name\n    }\n  }\n':
    types.GoalPlanningTest_OwnerOptionsDocument,
  '\n  query GoalPlanningTest_PlanControls($orgUnitCode: String!, $year: Int!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      planner: canPlan\n      canPlan(year: $year)\n      planLock(year: $year)\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      level\n      canPlan\n    }\n  }\n':
    types.GoalPlanningTest_PlanControlsDocument,
  '\n  query GoalsTest_Goals($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      level\n      perspective {\n        name\n      }\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n      assessment(upTo: $upTo) {\n        year\n        month\n        fulfilment\n        comment\n      }\n      activities {\n        title\n        endDate\n        update(upTo: $upTo) {\n          month\n          status\n          comment\n        }\n      }\n      indicators {\n        name\n        latestValue(upTo: $upTo) {\n          period\n          outcome\n          periodTarget\n          fullYearForecast\n          status\n          isSynthetic\n        }\n      }\n    }\n  }\n':
    types.GoalsTest_GoalsDocument,
  '\n  mutation IndicatorLibraryTest_Create($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorLibraryTest_fields\n    }\n  }\n':
    types.IndicatorLibraryTest_CreateDocument,
  '\n  mutation IndicatorLibraryTest_Update($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorLibraryTest_fields\n    }\n  }\n':
    types.IndicatorLibraryTest_UpdateDocument,
  '\n  fragment IndicatorLibraryTest_fields on Indicator {\n    id\n    code\n    name\n    description\n    dataSource\n    externalCode\n    unit\n    periodicity\n    direction\n    cumulative\n    levelAggregation\n    unitRollup\n    thresholdKind\n    yellowThreshold\n    redThreshold\n    isKey\n    owner {\n      id\n      name\n    }\n    orgUnit {\n      code\n    }\n    retiredAt\n    hasValues\n    version\n  }\n':
    types.IndicatorLibraryTest_FieldsFragmentDoc,
  '\n  mutation IndicatorLibraryTest_Retire($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n':
    types.IndicatorLibraryTest_RetireDocument,
  '\n  query IndicatorLibraryTest_Library($filter: IndicatorLibraryFilter!) {\n    indicatorLibrary(filter: $filter) {\n      code\n      orgUnit {\n        code\n      }\n    }\n  }\n':
    types.IndicatorLibraryTest_LibraryDocument,
  '\n  query IndicatorLibraryTest_ByCode($code: String!) {\n    indicatorsByCode(code: $code) {\n      orgUnit {\n        code\n      }\n    }\n  }\n':
    types.IndicatorLibraryTest_ByCodeDocument,
  '\n  query IndicatorLibraryTest_OwnerOptions {\n    indicatorOwnerOptions {\n      name\n    }\n  }\n':
    types.IndicatorLibraryTest_OwnerOptionsDocument,
  '\n  query IndicatorLibraryTest_ValueStatus($id: ID!) {\n    indicator(id: $id) {\n      retiredAt\n      thresholdKind\n      yellowThreshold\n      redThreshold\n      value(period: "2023-05") {\n        outcome\n        status\n      }\n    }\n  }\n':
    types.IndicatorLibraryTest_ValueStatusDocument,
  '\n  query IndicatorLibraryTest_Sheet {\n    dataEntrySheet(orgUnitCode: "intraservice", period: { year: 2023, month: 7 }) {\n      indicatorRows {\n        indicator {\n          code\n        }\n      }\n    }\n  }\n':
    types.IndicatorLibraryTest_SheetDocument,
  '\n  mutation IndicatorLibraryTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n':
    types.IndicatorLibraryTest_SaveValuesDocument,
  '\n  query IndicatorPageTest_Series($id: ID!, $granularity: Periodicity!, $fromYear: Int!, $toYear: Int!) {\n    indicator(id: $id) {\n      name\n      series(granularity: $granularity, fromYear: $fromYear, toYear: $toYear) {\n        period\n        outcome\n        target\n        previousYearOutcome\n        rolling12\n        isSynthetic\n        status\n      }\n      sameInOtherUnits {\n        orgUnit {\n          code\n        }\n      }\n    }\n  }\n':
    types.IndicatorPageTest_SeriesDocument,
  '\n      query IndicatorPageTest_Comparison($id: ID!, $units: [String!]) {\n        indicator(id: $id) {\n          comparable: sameInOtherUnits {\n            orgUnit {\n              code\n            }\n          }\n          compared: sameInOtherUnits(orgUnitCodes: $units) {\n            orgUnit {\n              code\n            }\n            series(granularity: YEAR, fromYear: 2022, toYear: 2023) {\n              period\n              outcome\n            }\n          }\n        }\n      }\n    ':
    types.IndicatorPageTest_ComparisonDocument,
  '\n  query ReportMonthTest_Months {\n    latestReportMonth {\n      year\n      month\n    }\n    orgUnits {\n      code\n      latestReportMonth {\n        year\n        month\n      }\n    }\n  }\n':
    types.ReportMonthTest_MonthsDocument,
  '\n  mutation ThresholdHistoryTest_Update($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      thresholdKind\n      yellowThreshold\n      redThreshold\n      version\n    }\n  }\n':
    types.ThresholdHistoryTest_UpdateDocument,
  '\n  query ThresholdHistoryTest_Judged($id: ID!) {\n    indicator(id: $id) {\n      april: value(period: "2023-04") {\n        status\n      }\n      may: value(period: "2023-05") {\n        status\n      }\n      series(granularity: MONTH, fromYear: 2023, toYear: 2023) {\n        period\n        status\n      }\n      thresholdHistory {\n        fromMonth\n        thresholdKind\n        yellowThreshold\n        redThreshold\n        changedAt\n        changedBy\n      }\n    }\n  }\n':
    types.ThresholdHistoryTest_JudgedDocument,
  '\n  query ThresholdHistoryTest_Overview($month: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $month) {\n      perspectives {\n        indicatorsGreen\n        indicatorsYellow\n        indicatorsRed\n      }\n    }\n  }\n':
    types.ThresholdHistoryTest_OverviewDocument,
  '\n  mutation OrgUnitAdminTest_Create($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      validFrom\n      isClosed\n      version\n      parent {\n        code\n      }\n    }\n  }\n':
    types.OrgUnitAdminTest_CreateDocument,
  '\n  mutation OrgUnitAdminTest_Rename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n':
    types.OrgUnitAdminTest_RenameDocument,
  '\n  mutation OrgUnitAdminTest_Move($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      version\n      parent {\n        code\n      }\n    }\n  }\n':
    types.OrgUnitAdminTest_MoveDocument,
  '\n  mutation OrgUnitAdminTest_Close($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      id\n      validTo\n      isClosed\n      version\n    }\n  }\n':
    types.OrgUnitAdminTest_CloseDocument,
  '\n  mutation OrgUnitAdminTest_CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      content {\n        orgUnitName\n      }\n    }\n  }\n':
    types.OrgUnitAdminTest_CreateReportDocument,
  '\n  query OrgUnitAdminTest_TreeAsOf($asOf: String) {\n    orgUnits(asOf: $asOf) {\n      code\n      name\n      parent {\n        code\n      }\n    }\n  }\n':
    types.OrgUnitAdminTest_TreeAsOfDocument,
  '\n        query OrganisationTest_Units {\n          orgUnits {\n            code\n            kind\n            parent {\n              code\n            }\n          }\n        }\n      ':
    types.OrganisationTest_UnitsDocument,
  '\n        query OrganisationTest_Unit {\n          found: orgUnit(code: "intraservice") {\n            name\n            children {\n              name\n            }\n          }\n          missing: orgUnit(code: "nope") {\n            name\n          }\n        }\n      ':
    types.OrganisationTest_UnitDocument,
  '\n        query OrganisationTest_Perspectives {\n          perspectives {\n            name\n          }\n        }\n      ':
    types.OrganisationTest_PerspectivesDocument,
  '\n        query OrganisationTest_LatestReportMonth {\n          latestReportMonth {\n            year\n            month\n          }\n        }\n      ':
    types.OrganisationTest_LatestReportMonthDocument,
  '\n  query UnitsFromTheTreePages($code: String!) {\n    viewer {\n      holds(role: PLANNER, orgUnitCode: $code)\n    }\n    latestReportMonth {\n      year\n    }\n    planOfYear(orgUnitCode: $code, year: 2023) {\n      lock\n    }\n    orgUnit(code: $code) {\n      planLock(year: 2023)\n    }\n    portfolioOwningUnits {\n      code\n    }\n    dataEntrySheet(orgUnitCode: $code, period: { year: 2023, month: 5 }) {\n      canEdit\n    }\n    goals(orgUnitCode: $code, year: 2023) {\n      id\n    }\n    indicatorLibrary(filter: { orgUnitCode: $code }) {\n      id\n    }\n    risks(orgUnitCode: $code) {\n      id\n    }\n    portfolios(orgUnitCode: $code) {\n      id\n    }\n    assignments(orgUnitCode: $code, year: 2023) {\n      id\n    }\n    auditReports(orgUnitCode: $code, year: 2023) {\n      id\n    }\n    auditActionOwnerCandidates(orgUnitCode: $code) {\n      name\n    }\n    targetSheet(orgUnitCode: $code, year: 2023, includeSubunits: true) {\n      rows {\n        indicator {\n          id\n        }\n      }\n    }\n    reportingDiscipline(orgUnitCode: $code, year: 2023) {\n      units {\n        orgUnit {\n          code\n        }\n      }\n    }\n    forecastAccuracy(orgUnitCode: $code, year: 2023) {\n      byUnit {\n        orgUnit {\n          code\n        }\n      }\n    }\n  }\n':
    types.UnitsFromTheTreePagesDocument,
  '\n  query OverviewKeyRollupTest_KeyIndicators($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      keyIndicators {\n        indicator {\n          code\n        }\n        rollup\n        rolledUpFrom {\n          code\n        }\n        latest {\n          period\n        }\n        figures {\n          period\n          outcome\n          periodTarget\n          annualTarget\n          fullYearForecast\n        }\n        unitFigures {\n          orgUnit {\n            code\n          }\n          period\n          outcome\n          status\n          statusSetByHand\n        }\n        status\n        statusSetByHand\n        isReported\n        changeFromPreviousYear\n        trend\n      }\n    }\n  }\n':
    types.OverviewKeyRollupTest_KeyIndicatorsDocument,
  '\n  query OverviewTest_Overview($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      perspectives {\n        perspective {\n          name\n        }\n        goalsFulfilled\n        goalsPartlyFulfilled\n        goalsNotFulfilled\n        goalsNotAssessed\n        indicatorsGreen\n        indicatorsYellow\n        indicatorsRed\n        indicatorsNotReported\n        councilGoals\n      }\n      redProjects {\n        name\n        portfolioName\n        statusDate\n        time\n        cost\n        result\n        orgUnit {\n          code\n        }\n      }\n      topRisks {\n        title\n        score\n        isDemoValue\n      }\n      changes {\n        kind\n        name\n        previous\n        current\n        previousSetByHand\n        currentSetByHand\n      }\n      keyIndicators {\n        indicator {\n          name\n        }\n        latest {\n          period\n          outcome\n        }\n        status\n        isReported\n        changeFromPreviousYear\n        trend\n      }\n    }\n  }\n':
    types.OverviewTest_OverviewDocument,
  '\n  query OverviewTest_Units($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        name\n      }\n      changes {\n        orgUnit {\n          name\n        }\n      }\n      redProjects {\n        orgUnit {\n          name\n        }\n      }\n      topRisks {\n        orgUnit {\n          name\n        }\n      }\n      keyIndicators {\n        rolledUpFrom {\n          name\n        }\n      }\n      attention {\n        redIndicators {\n          orgUnit {\n            name\n          }\n        }\n        overdueAssignments {\n          orgUnit {\n            name\n          }\n        }\n        risksAboveTolerance {\n          orgUnit {\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.OverviewTest_UnitsDocument,
  '\n      query OverviewTest_Changes($orgUnitCode: String!, $upTo: MonthInput!) {\n        overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n          changeCount\n          all: changes(first: 1000) {\n            kind\n            name\n            previous\n            current\n          }\n          first: changes(first: 1) {\n            kind\n            name\n            previous\n            current\n          }\n        }\n      }\n    ':
    types.OverviewTest_ChangesDocument,
  '\n      query OverviewTest_Counts($orgUnitCode: String!, $upTo: MonthInput!) {\n        overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n          perspectives {\n            perspective {\n              name\n            }\n            goalsFulfilled\n            indicatorsRed\n          }\n          changeCount\n          changes(first: 1000) {\n            name\n          }\n        }\n      }\n    ':
    types.OverviewTest_CountsDocument,
  '\n  query OverviewTest_Attention($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      attention {\n        redIndicators {\n          id\n          name\n          status\n          newlyRed\n          statusSetByHand\n          since\n          orgUnit {\n            code\n          }\n        }\n        notReportedIndicators {\n          id\n          name\n          status\n          statusSetByHand\n          since\n        }\n        overdueAssignments {\n          id\n          title\n          caseNumber\n          deadline\n          status\n          orgUnit {\n            code\n          }\n        }\n        overdueAuditActions {\n          id\n          recommendation\n          dueDate\n          status\n        }\n        redProjects {\n          id\n          name\n        }\n        risksAboveTolerance {\n          id\n          title\n          score\n        }\n      }\n    }\n  }\n':
    types.OverviewTest_AttentionDocument,
  '\n  mutation PerspectiveBadInputTest_Create($input: CreatePerspectiveInput!) {\n    createPerspective(input: $input) {\n      id\n    }\n  }\n':
    types.PerspectiveBadInputTest_CreateDocument,
  '\n  mutation PerspectiveBadInputTest_Update($input: UpdatePerspectiveInput!) {\n    updatePerspective(input: $input) {\n      id\n    }\n  }\n':
    types.PerspectiveBadInputTest_UpdateDocument,
  '\n  mutation PerspectiveBadInputTest_Reorder($input: ReorderPerspectivesInput!) {\n    reorderPerspectives(input: $input) {\n      id\n    }\n  }\n':
    types.PerspectiveBadInputTest_ReorderDocument,
  '\n  mutation PerspectiveBadInputTest_Remove($input: RemovePerspectiveInput!) {\n    removePerspective(input: $input) {\n      id\n    }\n  }\n':
    types.PerspectiveBadInputTest_RemoveDocument,
  '\n  mutation PerspectiveBadInputTest_Copy($input: CopyPerspectivesInput!) {\n    copyPerspectivesFromPreviousYear(input: $input) {\n      id\n    }\n  }\n':
    types.PerspectiveBadInputTest_CopyDocument,
  '\n  query PerspectivesTest_List($year: Int) {\n    perspectives(year: $year) {\n      id\n      code\n      name\n      sortOrder\n      description\n      year\n      version\n    }\n  }\n':
    types.PerspectivesTest_ListDocument,
  '\n  mutation PerspectivesTest_Create($input: CreatePerspectiveInput!) {\n    createPerspective(input: $input) {\n      id\n      code\n      name\n      sortOrder\n      description\n      year\n      version\n    }\n  }\n':
    types.PerspectivesTest_CreateDocument,
  '\n  mutation PerspectivesTest_Update($input: UpdatePerspectiveInput!) {\n    updatePerspective(input: $input) {\n      id\n      name\n      description\n      year\n      version\n    }\n  }\n':
    types.PerspectivesTest_UpdateDocument,
  '\n  mutation PerspectivesTest_Reorder($input: ReorderPerspectivesInput!) {\n    reorderPerspectives(input: $input) {\n      id\n      name\n      sortOrder\n    }\n  }\n':
    types.PerspectivesTest_ReorderDocument,
  '\n  mutation PerspectivesTest_Remove($input: RemovePerspectiveInput!) {\n    removePerspective(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.PerspectivesTest_RemoveDocument,
  '\n  mutation PerspectivesTest_Copy($input: CopyPerspectivesInput!) {\n    copyPerspectivesFromPreviousYear(input: $input) {\n      id\n      name\n      sortOrder\n      description\n      year\n    }\n  }\n':
    types.PerspectivesTest_CopyDocument,
  '\n  query PerspectivesTest_Goals($year: Int!) {\n    goals(orgUnitCode: "intraservice", year: $year) {\n      title\n      perspective {\n        id\n        name\n        year\n      }\n    }\n  }\n':
    types.PerspectivesTest_GoalsDocument,
  '\n      mutation PerspectivesTest_CreateReport($input: CreateReportInput!) {\n        createReport(input: $input) {\n          content {\n            sections {\n              kind\n              perspectiveName\n            }\n          }\n        }\n      }\n    ':
    types.PerspectivesTest_CreateReportDocument,
  '\n  query PlanningTest_PlanOfYear($orgUnitCode: String!, $year: Int!) {\n    planOfYear(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      lock\n      mayAdopt\n      mayPlan\n      plan {\n        id\n        status\n        revision\n        decisionDate\n        caseNumber\n        version\n        draftChanges {\n          kind\n          subject\n          object\n          before\n          after\n          targetField\n          beforeValue\n          afterValue\n        }\n        revisions {\n          number\n          decisionDate\n          caseNumber\n          adoptedBy {\n            name\n          }\n          changes {\n            kind\n            subject\n            object\n            before\n            after\n            targetField\n            beforeValue\n            afterValue\n          }\n        }\n      }\n    }\n  }\n':
    types.PlanningTest_PlanOfYearDocument,
  '\n  mutation PlanningTest_Adopt($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      id\n      status\n      revision\n      decisionDate\n      caseNumber\n      version\n    }\n  }\n':
    types.PlanningTest_AdoptDocument,
  '\n  mutation PlanningTest_OpenRevision($input: OpenPlanRevisionInput!) {\n    openPlanRevision(input: $input) {\n      id\n      status\n      revision\n      decisionDate\n      caseNumber\n      version\n    }\n  }\n':
    types.PlanningTest_OpenRevisionDocument,
  '\n  mutation PlanningTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      periodTarget\n      outcome\n      version\n    }\n  }\n':
    types.PlanningTest_SaveValuesDocument,
  '\n  mutation PlanningTest_CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n':
    types.PlanningTest_CreateGoalDocument,
  '\n  mutation PlanningTest_SaveTargets($input: TargetsInput!) {\n    saveTargets(input: $input) {\n      annualTarget\n    }\n  }\n':
    types.PlanningTest_SaveTargetsDocument,
  '\n  query RollOverTest_Preview($orgUnitId: ID!, $fromYear: Int!) {\n    rollOverPreview(orgUnitId: $orgUnitId, fromYear: $fromYear) {\n      fromYear\n      toYear\n      targetPlan {\n        status\n        rolledOverFromYear\n      }\n      goals {\n        goalId\n        title\n        alreadyCarried\n        perspective {\n          name\n        }\n        goalLinks {\n          fromTitle\n          toGoalId\n          toTitle\n          matchedBy\n        }\n      }\n      indicatorLinks {\n        goalId\n        indicatorId\n        indicatorName\n        alreadyCarried\n      }\n      activities {\n        activityId\n        title\n        status\n        alreadyCarried\n      }\n      assignments {\n        title\n        caseNumber\n        status\n      }\n      targets {\n        indicatorId\n        indicatorName\n        periods\n        annualTarget\n        alreadyCarried\n      }\n    }\n  }\n':
    types.RollOverTest_PreviewDocument,
  '\n  mutation RollOverTest_Commit($input: CommitRollOverInput!) {\n    commitRollOver(input: $input) {\n      year\n      status\n      revision\n      rolledOverFromYear\n    }\n  }\n':
    types.RollOverTest_CommitDocument,
  '\n  mutation RollOverTest_Adopt($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.RollOverTest_AdoptDocument,
  '\n  mutation RollOverTest_OpenRevision($input: OpenPlanRevisionInput!) {\n    openPlanRevision(input: $input) {\n      id\n    }\n  }\n':
    types.RollOverTest_OpenRevisionDocument,
  '\n  query RollOverTest_TargetSheet($orgUnitCode: String!, $year: Int!) {\n    targetSheet(orgUnitCode: $orgUnitCode, year: $year, includeSubunits: true) {\n      rows {\n        indicator {\n          id\n          name\n        }\n        isProposal\n        periodTargets\n        versions {\n          period\n          version\n        }\n      }\n    }\n  }\n':
    types.RollOverTest_TargetSheetDocument,
  '\n  mutation RollOverTest_ConfirmProposals($input: ConfirmTargetProposalsInput!) {\n    confirmTargetProposals(input: $input) {\n      indicator {\n        name\n      }\n      isProposal\n      periodTargets\n    }\n  }\n':
    types.RollOverTest_ConfirmProposalsDocument,
  '\n  mutation PortfolioAdminTest_CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      name\n      owner\n      statusUpdateIntervalWeeks\n      version\n      orgUnit {\n        code\n      }\n    }\n  }\n':
    types.PortfolioAdminTest_CreatePortfolioDocument,
  '\n  mutation PortfolioAdminTest_UpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      name\n      owner\n      statusUpdateIntervalWeeks\n      version\n    }\n  }\n':
    types.PortfolioAdminTest_UpdatePortfolioDocument,
  '\n  mutation PortfolioAdminTest_CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      owner\n      manager\n      phase\n      state\n      plannedStart\n      plannedEnd\n      budgetTkr\n      version\n      portfolio {\n        name\n      }\n    }\n  }\n':
    types.PortfolioAdminTest_CreateProjectDocument,
  '\n  mutation PortfolioAdminTest_ChangePhase($input: ProjectPhaseChangeInput!) {\n    changeProjectPhase(input: $input) {\n      phase\n      version\n    }\n  }\n':
    types.PortfolioAdminTest_ChangePhaseDocument,
  '\n  mutation PortfolioAdminTest_AddStatusUpdate($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      deviations {\n        dimension\n        action\n        actionOwner\n        actionDueDate\n      }\n    }\n  }\n':
    types.PortfolioAdminTest_AddStatusUpdateDocument,
  '\n  query PortfolioAdminTest_Summary($orgUnitCode: String!, $upTo: MonthInput!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      budget {\n        budgetTkr\n        costToDateTkr\n        projectsWithoutBudget\n      }\n      overdueActions(upTo: $upTo) {\n        project {\n          name\n        }\n        dimension\n        action\n        actionOwner\n        actionDueDate\n      }\n    }\n  }\n':
    types.PortfolioAdminTest_SummaryDocument,
  '\n  query PortfolioAdminTest_OwningUnits {\n    portfolioOwningUnits {\n      code\n    }\n  }\n':
    types.PortfolioAdminTest_OwningUnitsDocument,
  '\n  mutation PortfolioMutationsTest_AddReport($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      id\n      statusDate\n      time\n      cost\n      result\n      comment\n      deviations {\n        dimension\n        cause\n        action\n      }\n      author {\n        name\n      }\n    }\n  }\n':
    types.PortfolioMutationsTest_AddReportDocument,
  '\n  mutation PortfolioMutationsTest_UpdateDetails($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      name\n      owner\n      plannedStart\n      plannedEnd\n      budgetTkr\n      version\n      portfolio {\n        name\n      }\n    }\n  }\n':
    types.PortfolioMutationsTest_UpdateDetailsDocument,
  '\n  mutation PortfolioMutationsTest_ChangeState($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      state\n      pausedUntil\n      actualStart\n      version\n      stateChanges {\n        fromState\n        toState\n        reason\n        changedOn\n        author {\n          name\n        }\n      }\n    }\n  }\n':
    types.PortfolioMutationsTest_ChangeStateDocument,
  '\n  mutation PortfolioMutationsTest_SavePeriodStatus($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      year\n      month\n      narrative\n      changes\n      version\n    }\n  }\n':
    types.PortfolioMutationsTest_SavePeriodStatusDocument,
  '\n  query PortfolioMutationsTest_OverviewProjects($upTo: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $upTo) {\n      redProjects {\n        name\n      }\n      changes {\n        kind\n        name\n        previous\n        current\n      }\n    }\n  }\n':
    types.PortfolioMutationsTest_OverviewProjectsDocument,
  '\n  query PortfolioQueriesTest_Board($orgUnitCode: String!, $upTo: MonthInput!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      canEdit\n      orgUnit {\n        code\n      }\n      periodStatus(upTo: $upTo) {\n        year\n        month\n        narrative\n      }\n      projects {\n        name\n        state\n        plannedStart\n        plannedEnd\n        stateChanges {\n          toState\n          changedOn\n        }\n        status(upTo: $upTo) {\n          latestStatusUpdate {\n            statusDate\n            time\n            cost\n            result\n            deviations {\n              dimension\n              cause\n              action\n            }\n          }\n          statusUpdatesSinceColourChange\n          noRecentStatusUpdate\n        }\n      }\n    }\n  }\n':
    types.PortfolioQueriesTest_BoardDocument,
  '\n  query PortfolioQueriesTest_Project($id: ID!) {\n    project(id: $id) {\n      name\n      canEdit\n      portfolio {\n        name\n      }\n      statusUpdates {\n        statusDate\n        time\n        cost\n        result\n        deviations {\n          dimension\n          cause\n        }\n      }\n    }\n  }\n':
    types.PortfolioQueriesTest_ProjectDocument,
  '\n  mutation ProjectHistoryTest_Move($input: ProjectMoveInput!) {\n    moveProject(input: $input) {\n      version\n      portfolio {\n        name\n      }\n      moves {\n        fromPortfolio {\n          name\n        }\n        toPortfolio {\n          name\n        }\n        movedOn\n        reason\n        author {\n          name\n        }\n      }\n    }\n  }\n':
    types.ProjectHistoryTest_MoveDocument,
  '\n  mutation ProjectHistoryTest_Close($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      state\n      version\n    }\n  }\n':
    types.ProjectHistoryTest_CloseDocument,
  '\n  query ProjectHistoryTest_Project($id: ID!, $month: MonthInput!) {\n    project(id: $id) {\n      state\n      stateAsOf(month: $month)\n      portfolio {\n        name\n      }\n      portfolioAsOf(month: $month) {\n        name\n      }\n      status(upTo: $month) {\n        latestStatusUpdate {\n          statusDate\n        }\n      }\n    }\n  }\n':
    types.ProjectHistoryTest_ProjectDocument,
  '\n  query ProjectHistoryTest_Board($month: MonthInput!) {\n    portfolios(orgUnitCode: "intraservice") {\n      name\n      projectsAsOf(month: $month) {\n        name\n        stateAsOf(month: $month)\n        portfolioAsOf(month: $month) {\n          name\n        }\n        status(upTo: $month) {\n          latestStatusUpdate {\n            statusDate\n            time\n          }\n          noRecentStatusUpdate\n        }\n      }\n    }\n  }\n':
    types.ProjectHistoryTest_BoardDocument,
  '\n  query ProjectHistoryTest_Overview($upTo: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $upTo) {\n      redProjects {\n        name\n        portfolioName\n      }\n      changes {\n        kind\n        name\n      }\n    }\n  }\n':
    types.ProjectHistoryTest_OverviewDocument,
  '\n  query ProjectHistoryTest_AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter, first: 5) {\n      events {\n        action\n        entityType\n        entityName\n        changes {\n          field\n          newName\n        }\n      }\n    }\n  }\n':
    types.ProjectHistoryTest_AuditLogDocument,
  '\n  mutation ProjectHistoryTest_CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n':
    types.ProjectHistoryTest_CreateReportDocument,
  '\n  query ProjectHistoryTest_Report($id: ID!) {\n    report(id: $id) {\n      content {\n        sections {\n          kind\n          portfolios {\n            name\n          }\n          deviatingProjects {\n            name\n            portfolioName\n            state\n          }\n        }\n      }\n    }\n  }\n':
    types.ProjectHistoryTest_ReportDocument,
  '\n  mutation ProjectLineageTest_Split($input: SplitProjectInput!) {\n    splitProject(input: $input) {\n      name\n      state\n      actualEnd\n      stateChanges {\n        fromState\n        toState\n        changedOn\n        reason\n      }\n      successors {\n        kind\n        occurredOn\n        reason\n        project {\n          name\n          state\n          owner\n          budgetTkr\n          portfolio {\n            name\n          }\n        }\n        author {\n          name\n        }\n      }\n    }\n  }\n':
    types.ProjectLineageTest_SplitDocument,
  '\n  mutation ProjectLineageTest_Merge($input: MergeProjectsInput!) {\n    mergeProjects(input: $input) {\n      id\n      name\n      state\n      budgetTkr\n      portfolio {\n        name\n      }\n      origins {\n        kind\n        occurredOn\n        project {\n          name\n          state\n        }\n      }\n    }\n  }\n':
    types.ProjectLineageTest_MergeDocument,
  '\n  query ProjectLineageTest_Budgets {\n    portfolios(orgUnitCode: "intraservice") {\n      name\n      budget {\n        budgetTkr\n        costToDateTkr\n        projectsWithoutBudget\n      }\n    }\n  }\n':
    types.ProjectLineageTest_BudgetsDocument,
  "\n  query ProjectLineageTest_Lineage($id: ID!) {\n    project(id: $id) {\n      name\n      origins {\n        kind\n        occurredOn\n        project {\n          id\n          name\n          # The origin's history stays readable from the successor.\n          statusUpdates {\n            statusDate\n          }\n          successors {\n            project {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n":
    types.ProjectLineageTest_LineageDocument,
  '\n  query ProjectLineageTest_Board($month: MonthInput!) {\n    portfolios(orgUnitCode: "intraservice") {\n      name\n      projectsAsOf(month: $month) {\n        name\n        stateAsOf(month: $month)\n        origins {\n          project {\n            name\n          }\n        }\n        successors {\n          project {\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.ProjectLineageTest_BoardDocument,
  '\n  query ProjectLineageTest_AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter, first: 10) {\n      events {\n        operation\n        entityName\n      }\n    }\n  }\n':
    types.ProjectLineageTest_AuditLogDocument,
  '\n  query ProjectPeopleTest_Options($orgUnitId: ID!) {\n    portfolioPersonOptions(orgUnitId: $orgUnitId) {\n      id\n      name\n    }\n  }\n':
    types.ProjectPeopleTest_OptionsDocument,
  '\n  mutation ProjectPeopleTest_CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      owner\n      ownerUserId\n      manager\n      managerUserId\n      forecastTkr\n      version\n    }\n  }\n':
    types.ProjectPeopleTest_CreateProjectDocument,
  '\n  mutation ProjectPeopleTest_SaveDetails($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      owner\n      ownerUserId\n      manager\n      managerUserId\n      forecastTkr\n      version\n    }\n  }\n':
    types.ProjectPeopleTest_SaveDetailsDocument,
  '\n  query ProjectPeopleTest_Project($id: ID!) {\n    project(id: $id) {\n      owner\n      ownerUserId\n      manager\n      managerUserId\n    }\n  }\n':
    types.ProjectPeopleTest_ProjectDocument,
  '\n  mutation ProjectPeopleTest_CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      owner\n      ownerUserId\n      version\n    }\n  }\n':
    types.ProjectPeopleTest_CreatePortfolioDocument,
  '\n  mutation ProjectPeopleTest_UpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      owner\n      ownerUserId\n    }\n  }\n':
    types.ProjectPeopleTest_UpdatePortfolioDocument,
  '\n  mutation ProjectPeopleTest_AddStatusUpdate($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      deviations {\n        dimension\n        actionOwner\n        actionOwnerUserId\n      }\n    }\n  }\n':
    types.ProjectPeopleTest_AddStatusUpdateDocument,
  '\n  query ProjectPeopleTest_Budget($orgUnitCode: String!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      budget {\n        budgetTkr\n        forecastTkr\n        projectsWithoutBudget\n        projectsWithoutForecast\n      }\n    }\n  }\n':
    types.ProjectPeopleTest_BudgetDocument,
  '\n  query RemindersTest_MySettings {\n    myReminderSettings {\n      frequency\n      version\n    }\n  }\n':
    types.RemindersTest_MySettingsDocument,
  '\n  mutation RemindersTest_SetFrequency($input: SetReminderFrequencyInput!) {\n    setReminderFrequency(input: $input) {\n      frequency\n      version\n    }\n  }\n':
    types.RemindersTest_SetFrequencyDocument,
  '\n  query RemindersTest_SendLog($status: ReminderMailStatus, $first: Int!) {\n    reminderMails(status: $status, first: $first) {\n      id\n      kind\n      occasion\n      recipientName\n      recipient\n      subject\n      itemCount\n      status\n      attempts\n      nextAttemptAt\n      lastError\n      sentAt\n    }\n  }\n':
    types.RemindersTest_SendLogDocument,
  '\n  mutation RemindersTest_Retry($input: RetryReminderMailInput!) {\n    retryReminderMail(input: $input) {\n      id\n      status\n      attempts\n    }\n  }\n':
    types.RemindersTest_RetryDocument,
  '\n  mutation PeriodLockTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      outcome\n      version\n    }\n  }\n':
    types.PeriodLockTest_SaveValueDocument,
  '\n  mutation PeriodLockTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      outcome\n    }\n  }\n':
    types.PeriodLockTest_SaveValuesDocument,
  '\n  mutation PeriodLockTest_SetAssessment($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      fulfilment\n    }\n  }\n':
    types.PeriodLockTest_SetAssessmentDocument,
  '\n  mutation PeriodLockTest_SaveActivity($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      status\n    }\n  }\n':
    types.PeriodLockTest_SaveActivityDocument,
  '\n  mutation PeriodLockTest_SaveAssignmentStatus($input: AssignmentUpdateInput!) {\n    saveAssignmentUpdate(input: $input) {\n      status\n    }\n  }\n':
    types.PeriodLockTest_SaveAssignmentStatusDocument,
  '\n  mutation PeriodLockTest_SaveAuditActionStatus($input: AuditActionUpdateInput!) {\n    saveAuditActionUpdate(input: $input) {\n      status\n    }\n  }\n':
    types.PeriodLockTest_SaveAuditActionStatusDocument,
  '\n  mutation PeriodLockTest_SaveNarrative($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      narrative\n    }\n  }\n':
    types.PeriodLockTest_SaveNarrativeDocument,
  '\n  mutation PeriodLockTest_RecordControlResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      performed\n    }\n  }\n':
    types.PeriodLockTest_RecordControlResultDocument,
  '\n  mutation PeriodLockTest_AddValuation($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      valuedOn\n    }\n  }\n':
    types.PeriodLockTest_AddValuationDocument,
  '\n  mutation PeriodLockTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      title\n    }\n  }\n':
    types.PeriodLockTest_CreateRiskDocument,
  '\n  mutation PeriodLockTest_AddStatus($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      statusDate\n    }\n  }\n':
    types.PeriodLockTest_AddStatusDocument,
  '\n  mutation PeriodLockTest_Close($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      status\n    }\n  }\n':
    types.PeriodLockTest_CloseDocument,
  '\n  mutation ReportingCalendarTest_Generate($input: GenerateReportingCalendarInput!) {\n    generateReportingCalendar(input: $input) {\n      id\n      year\n      workingDaysAfterPeriodEnd\n      version\n      periods {\n        id\n        kind\n        number\n        startDate\n        endDate\n        deadline\n        ruleDeadline\n        deadlineMoved\n        status\n        version\n      }\n    }\n  }\n':
    types.ReportingCalendarTest_GenerateDocument,
  '\n  query ReportingCalendarTest_Calendar($year: Int!) {\n    reportingCalendar(year: $year) {\n      year\n      periods {\n        kind\n        number\n        deadline\n        deadlineMoved\n        levelDeadlines {\n          level\n          deadline\n        }\n        business: deadlineAt(level: BUSINESS_AREA)\n        committee: deadlineAt(level: COMMITTEE)\n      }\n    }\n    reportingCalendarYears\n  }\n':
    types.ReportingCalendarTest_CalendarDocument,
  '\n  mutation ReportingCalendarTest_Move($input: SetReportingPeriodDeadlineInput!) {\n    setReportingPeriodDeadline(input: $input) {\n      deadline\n      ruleDeadline\n      deadlineMoved\n      version\n    }\n  }\n':
    types.ReportingCalendarTest_MoveDocument,
  '\n  mutation ReportingCalendarTest_SetLevel($input: SetReportingLevelDeadlineInput!) {\n    setReportingLevelDeadline(input: $input) {\n      deadline\n      levelDeadlines {\n        level\n        deadline\n      }\n      business: deadlineAt(level: BUSINESS_AREA)\n      committee: deadlineAt(level: COMMITTEE)\n      version\n    }\n  }\n':
    types.ReportingCalendarTest_SetLevelDocument,
  '\n  mutation ReportingCalendarTest_Close($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n':
    types.ReportingCalendarTest_CloseDocument,
  '\n  mutation ReportingCalendarTest_Reopen($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n':
    types.ReportingCalendarTest_ReopenDocument,
  '\n  query ReportingCalendarTest_Periods($year: Int!) {\n    reportingCalendar(year: $year) {\n      year\n      workingDaysAfterPeriodEnd\n      version\n      id\n      periods {\n        id\n        kind\n        number\n        startDate\n        endDate\n        deadline\n        ruleDeadline\n        deadlineMoved\n        status\n        version\n      }\n    }\n  }\n':
    types.ReportingCalendarTest_PeriodsDocument,
  '\n  query ReportingDisciplineTest_Discipline($orgUnitCode: String!, $year: Int!) {\n    reportingDiscipline(orgUnitCode: $orgUnitCode, year: $year) {\n      orgUnit {\n        name\n      }\n      year\n      periods {\n        key\n        kind\n        number\n        inProgress\n      }\n      units {\n        orgUnit {\n          name\n        }\n        cells {\n          periodKey\n          deadline\n          inProgress\n          counts {\n            onTime\n            late\n            missing\n            pending\n            total\n          }\n        }\n        counts {\n          onTime\n          late\n          missing\n          pending\n          total\n        }\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n      unitsBehind {\n        orgUnit {\n          name\n        }\n        counts {\n          missing\n          late\n        }\n      }\n      ownersBehind {\n        name\n        counts {\n          onTime\n          late\n          missing\n        }\n      }\n      missing {\n        key\n        kind\n        title\n        orgUnit {\n          name\n        }\n        period {\n          key\n        }\n        deadline\n        responsible\n        link\n      }\n    }\n  }\n':
    types.ReportingDisciplineTest_DisciplineDocument,
  '\n  mutation ReportingDisciplineTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n':
    types.ReportingDisciplineTest_SaveValuesDocument,
  '\n  mutation ReportExportHttpTest_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n':
    types.ReportExportHttpTest_CreateDocument,
  '\n  query ReportAccessTest_Report($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      comparison {\n        previous {\n          id\n        }\n      }\n      content {\n        orgUnitName\n        sections {\n          kind\n          assignments {\n            title\n          }\n          businessAreaResults {\n            name\n          }\n          portfolios {\n            name\n          }\n          deviatingProjects {\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.ReportAccessTest_ReportDocument,
  '\n  query ReportAccessTest_List($orgUnitCode: String!, $year: Int!) {\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n    }\n  }\n':
    types.ReportAccessTest_ListDocument,
  '\n  mutation ReportAccessTest_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.ReportAccessTest_CreateDocument,
  '\n  mutation ReportAccessTest_Submit($input: ReportTransitionInput!) {\n    submitReport(input: $input) {\n      version\n    }\n  }\n':
    types.ReportAccessTest_SubmitDocument,
  '\n  mutation ReportAccessTest_Approve($input: ReportTransitionInput!) {\n    approveReport(input: $input) {\n      status\n    }\n  }\n':
    types.ReportAccessTest_ApproveDocument,
  '\n        mutation ReportExportContentTest_Create($input: CreateReportInput!) {\n          createReport(input: $input) {\n            id\n          }\n        }\n      ':
    types.ReportExportContentTest_CreateDocument,
  '\n  query ReportsTest_Report($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      version\n      frozenAt\n      approvedBy {\n        name\n      }\n      viewerCanApprove\n      viewerCanEdit\n      comments {\n        text\n        author {\n          name\n        }\n      }\n      comparison {\n        previous {\n          id\n          period {\n            year\n            month\n          }\n        }\n        colourChanges {\n          kind\n          name\n          previous\n          current\n        }\n        forecastChanges {\n          name\n          previous\n          current\n        }\n        assignmentChanges {\n          title\n          previous\n          current\n        }\n      }\n      content {\n        orgUnitName\n        type\n        period {\n          year\n          month\n        }\n        compiledAt\n        isFrozen\n        sections {\n          id\n          kind\n          title\n          perspectiveName\n          analysisText\n          analysisVersion\n          analysisUpdatedAt\n          analysisUpdatedBy {\n            name\n          }\n          goalSummary {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          goals {\n            councilGoalTitle\n            title\n            fulfilment\n            comment\n          }\n          indicatorTables {\n            periodicity\n            periodLabel\n            previousPeriodLabel\n            hasRolling12\n            rows {\n              indicatorId\n              name\n              unit\n              previousYearOutcome\n              outcome\n              periodTarget\n              fullYearForecast\n              annualTarget\n              rolling12\n              status\n              statusSetByHand\n              isGenerated\n              previousYearIsGenerated\n            }\n          }\n          activities {\n            perspectiveName\n            title\n            endDate\n            status\n            comment\n          }\n          assignments {\n            title\n            source\n            caseNumber\n            dueDate\n            status\n            isOverdue\n            comment\n          }\n          financialLines {\n            name\n            unit\n            previousYearToDate\n            outcomeToDate\n            budgetToDate\n            fullYearForecast\n            fullYearBudget\n            rolledUpFrom\n          }\n          businessAreaResults {\n            name\n            depth\n            isTotal\n            resultToDate\n            fullYearForecast\n            rolledUpFrom\n          }\n          portfolios {\n            name\n            narrative\n            changes\n          }\n          deviatingProjects {\n            portfolioName\n            name\n            state\n            time\n            cost\n            result\n            reportDate\n            deviations {\n              dimension\n              status\n              cause\n              action\n            }\n          }\n          risks {\n            title\n            categoryName\n            probability\n            consequence\n            score\n            mitigations\n            isDemoValue\n          }\n          charts {\n            title\n            kind\n            unit\n            categories\n            generatedCategories\n            series {\n              name\n              values\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ReportsTest_ReportDocument,
  '\n  mutation ReportsTest_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n      version\n      status\n    }\n  }\n':
    types.ReportsTest_CreateDocument,
  '\n  mutation ReportsTest_SaveText($input: SaveReportSectionTextInput!) {\n    saveReportSectionText(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.ReportsTest_SaveTextDocument,
  '\n  mutation ReportsTest_Submit($input: ReportTransitionInput!) {\n    submitReport(input: $input) {\n      id\n      version\n      status\n    }\n  }\n':
    types.ReportsTest_SubmitDocument,
  '\n  mutation ReportsTest_SendBack($input: SendBackReportInput!) {\n    sendBackReport(input: $input) {\n      id\n      version\n      status\n    }\n  }\n':
    types.ReportsTest_SendBackDocument,
  '\n  mutation ReportsTest_Approve($input: ReportTransitionInput!) {\n    approveReport(input: $input) {\n      id\n      version\n      status\n      frozenAt\n      approvedBy {\n        name\n      }\n    }\n  }\n':
    types.ReportsTest_ApproveDocument,
  '\n  mutation ReportsTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      rolling12\n    }\n  }\n':
    types.ReportsTest_SaveValuesDocument,
  '\n  query ReportsTest_List($orgUnitCode: String!, $year: Int!) {\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      type\n      status\n      period {\n        year\n        month\n      }\n    }\n  }\n':
    types.ReportsTest_ListDocument,
  '\n  query RiskCategoryOrderTest_Categories {\n    riskCategories {\n      id\n      code\n      name\n      sortOrder\n      retired\n      version\n    }\n  }\n':
    types.RiskCategoryOrderTest_CategoriesDocument,
  '\n  query RiskCategoryOrderTest_Register($orgUnitCode: String!) {\n    riskCategories {\n      name\n      retired\n    }\n    risks(orgUnitCode: $orgUnitCode) {\n      title\n      category {\n        name\n      }\n    }\n  }\n':
    types.RiskCategoryOrderTest_RegisterDocument,
  '\n  mutation RiskCategoryOrderTest_Reorder($input: ReorderRiskCategoriesInput!) {\n    reorderRiskCategories(input: $input) {\n      id\n      name\n      sortOrder\n      version\n    }\n  }\n':
    types.RiskCategoryOrderTest_ReorderDocument,
  '\n  mutation RiskCategoryOrderTest_Create($input: CreateRiskCategoryInput!) {\n    createRiskCategory(input: $input) {\n      id\n      sortOrder\n      version\n    }\n  }\n':
    types.RiskCategoryOrderTest_CreateDocument,
  '\n  mutation RiskCategoryOrderTest_Update($input: UpdateRiskCategoryInput!) {\n    updateRiskCategory(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.RiskCategoryOrderTest_UpdateDocument,
  '\n  mutation RiskCategoryOrderTest_Remove($input: RemoveRiskCategoryInput!) {\n    removeRiskCategory(input: $input) {\n      id\n    }\n  }\n':
    types.RiskCategoryOrderTest_RemoveDocument,
  '\n  query RiskSettingsTest_Categories {\n    riskCategories {\n      id\n      code\n      name\n      sortOrder\n      retired\n      riskCount\n      version\n    }\n    riskScale {\n      max\n      largestValued\n    }\n  }\n':
    types.RiskSettingsTest_CategoriesDocument,
  '\n  mutation RiskSettingsTest_CreateCategory($input: CreateRiskCategoryInput!) {\n    createRiskCategory(input: $input) {\n      id\n      code\n      name\n      sortOrder\n      retired\n      riskCount\n      version\n    }\n  }\n':
    types.RiskSettingsTest_CreateCategoryDocument,
  '\n  mutation RiskSettingsTest_UpdateCategory($input: UpdateRiskCategoryInput!) {\n    updateRiskCategory(input: $input) {\n      id\n      name\n      retired\n      version\n    }\n  }\n':
    types.RiskSettingsTest_UpdateCategoryDocument,
  '\n  mutation RiskSettingsTest_RemoveCategory($input: RemoveRiskCategoryInput!) {\n    removeRiskCategory(input: $input) {\n      name\n    }\n  }\n':
    types.RiskSettingsTest_RemoveCategoryDocument,
  '\n  mutation RiskSettingsTest_SetScale($input: SetRiskScaleInput!) {\n    setRiskScale(input: $input) {\n      max\n      largestValued\n    }\n  }\n':
    types.RiskSettingsTest_SetScaleDocument,
  '\n  mutation RiskSettingsTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      version\n      category {\n        name\n      }\n    }\n  }\n':
    types.RiskSettingsTest_CreateRiskDocument,
  '\n  mutation RiskSettingsTest_UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      title\n      version\n      category {\n        name\n      }\n    }\n  }\n':
    types.RiskSettingsTest_UpdateRiskDocument,
  '\n  mutation RiskWritesTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      title\n      owner\n      version\n      valuations {\n        probability\n        consequence\n        isDemoValue\n        createdBy {\n          name\n        }\n      }\n    }\n  }\n':
    types.RiskWritesTest_CreateRiskDocument,
  '\n  mutation RiskWritesTest_UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n':
    types.RiskWritesTest_UpdateRiskDocument,
  '\n  mutation RiskWritesTest_AddValuation($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      valuedOn\n      score\n    }\n  }\n':
    types.RiskWritesTest_AddValuationDocument,
  '\n  mutation RiskWritesTest_AddMitigation($input: AddMitigationInput!) {\n    addMitigation(input: $input) {\n      id\n      title\n      dueDate\n      status\n      version\n    }\n  }\n':
    types.RiskWritesTest_AddMitigationDocument,
  '\n  mutation RiskWritesTest_UpdateMitigation($input: UpdateMitigationInput!) {\n    updateMitigation(input: $input) {\n      status\n      version\n    }\n  }\n':
    types.RiskWritesTest_UpdateMitigationDocument,
  '\n  mutation RiskWritesTest_CreateControl($input: CreateControlInput!) {\n    createInternalControl(input: $input) {\n      id\n      title\n      risk {\n        title\n      }\n      version\n    }\n  }\n':
    types.RiskWritesTest_CreateControlDocument,
  '\n  mutation RiskWritesTest_UpdateControl($input: UpdateControlInput!) {\n    updateInternalControl(input: $input) {\n      title\n      frequency\n      version\n    }\n  }\n':
    types.RiskWritesTest_UpdateControlDocument,
  '\n  mutation RiskWritesTest_RecordResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      month\n      performed\n      outcome\n      description\n      followUpAction\n      version\n    }\n  }\n':
    types.RiskWritesTest_RecordResultDocument,
  '\n  query RisksTest_Register($orgUnitCode: String!, $upTo: MonthInput!) {\n    riskScaleMax(orgUnitCode: $orgUnitCode)\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      owner\n      version\n      category {\n        code\n      }\n      orgUnit {\n        code\n      }\n      valuation(upTo: $upTo) {\n        valuedOn\n        probability\n        consequence\n        score\n      }\n      valuations {\n        valuedOn\n        score\n        reasoning\n      }\n      hasOverdueMitigations(upTo: $upTo)\n      mitigations {\n        title\n        dueDate\n        status\n        isOverdue(upTo: $upTo)\n      }\n      controls {\n        title\n      }\n    }\n  }\n':
    types.RisksTest_RegisterDocument,
  '\n  query RisksTest_ControlPlan($orgUnitCode: String!, $year: Int!) {\n    internalControls(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      version\n      risk {\n        title\n      }\n      results(year: $year) {\n        month\n        performed\n        outcome\n        description\n        followUpAction\n        isDemoValue\n        version\n      }\n    }\n  }\n':
    types.RisksTest_ControlPlanDocument,
  '\n  mutation TargetsTest_ConfirmProposals($input: ConfirmTargetProposalsInput!) {\n    confirmTargetProposals(input: $input) {\n      isProposal\n    }\n  }\n':
    types.TargetsTest_ConfirmProposalsDocument,
  '\n  query TargetsTest_Sheet($orgUnitCode: String!, $year: Int!, $includeSubunits: Boolean) {\n    targetSheet(orgUnitCode: $orgUnitCode, year: $year, includeSubunits: $includeSubunits) {\n      year\n      canEdit\n      includeSubunits\n      rows {\n        indicator {\n          id\n          code\n        }\n        canEdit\n        periods\n        periodTargets\n        annualTarget\n        versions {\n          period\n          version\n        }\n        previousOutcomes {\n          year\n          value\n        }\n        previousYearForecast {\n          year\n          value\n        }\n      }\n    }\n  }\n':
    types.TargetsTest_SheetDocument,
  '\n  mutation TargetsTest_Save($input: TargetsInput!) {\n    saveTargets(input: $input) {\n      indicator {\n        code\n      }\n      periodTargets\n      annualTarget\n      versions {\n        period\n        version\n      }\n    }\n  }\n':
    types.TargetsTest_SaveDocument,
  '\n  query TargetsTest_Reported($id: ID!, $code: String!) {\n    latestReportMonth {\n      year\n      month\n    }\n    orgUnit(code: $code) {\n      latestReportMonth {\n        year\n        month\n      }\n    }\n    indicator(id: $id) {\n      latestValue(upTo: { year: 2024, month: 12 }) {\n        period\n        outcome\n      }\n    }\n  }\n':
    types.TargetsTest_ReportedDocument,
  '\n  query TargetsTest_Economy($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      businessAreaResults {\n        orgUnit {\n          code\n        }\n        operationsToDate\n        operationsBudgetToDate\n        operationsBudget\n        developmentBudget\n      }\n    }\n  }\n':
    types.TargetsTest_EconomyDocument,
  '\n  mutation ReportingObligationsTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      outcome\n    }\n  }\n':
    types.ReportingObligationsTest_SaveValuesDocument,
  '\n  query ToDoTest_MyToDo {\n    myToDo {\n      id\n      kind\n      title\n      orgUnitName\n      periodKind\n      year\n      periodNumber\n      deadline\n      overdue\n      link\n    }\n  }\n':
    types.ToDoTest_MyToDoDocument,
  '\n  mutation ToDoTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n':
    types.ToDoTest_SaveValuesDocument,
  '\n  query OrgUnitImportTest_Preview($id: ID!) {\n    valueImport(id: $id) {\n      kind\n      status\n      writtenCount\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n      rows(limit: 200) {\n        rows {\n          rowNumber\n          status\n          orgUnitCode\n          indicator\n          period\n          orgUnit {\n            name\n            parentCode\n            kind\n            validFrom\n          }\n          changes {\n            field\n            old\n            new\n          }\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n':
    types.OrgUnitImportTest_PreviewDocument,
  '\n  mutation OrgUnitImportTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n      writtenCount\n    }\n  }\n':
    types.OrgUnitImportTest_CommitDocument,
  '\n  mutation OrgUnitImportTest_Rename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      version\n    }\n  }\n':
    types.OrgUnitImportTest_RenameDocument,
  '\n  mutation ValueImportAuditTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n':
    types.ValueImportAuditTest_SaveValuesDocument,
  '\n  mutation ValueImportAuditTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      writtenCount\n    }\n  }\n':
    types.ValueImportAuditTest_CommitDocument,
  '\n  mutation ValueImportCommitScaleTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      writtenCount\n    }\n  }\n':
    types.ValueImportCommitScaleTest_CommitDocument,
  '\n  mutation ValueImportPeriodLockTest_Commit($id: ID!, $correctionReason: String) {\n    commitValueImport(id: $id, correctionReason: $correctionReason) {\n      status\n    }\n  }\n':
    types.ValueImportPeriodLockTest_CommitDocument,
  '\n  query ValueImportPlanLockTest_Rows($id: ID!) {\n    valueImport(id: $id) {\n      rows(limit: 50) {\n        rows {\n          rowNumber\n          status\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n':
    types.ValueImportPlanLockTest_RowsDocument,
  '\n  mutation ValueImportPlanLockTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n    }\n  }\n':
    types.ValueImportPlanLockTest_CommitDocument,
  '\n  mutation ValueImportRetiredTest_Retire($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      version\n    }\n  }\n':
    types.ValueImportRetiredTest_RetireDocument,
  '\n  query ValueImportRetiredTest_Preview($id: ID!) {\n    valueImport(id: $id) {\n      rows(limit: 10) {\n        rows {\n          status\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n':
    types.ValueImportRetiredTest_PreviewDocument,
  '\n  mutation ValueImportRetiredTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n    }\n  }\n':
    types.ValueImportRetiredTest_CommitDocument,
  '\n  query ValueImportRoutesTest_Preview($id: ID!) {\n    valueImport(id: $id) {\n      fileName\n      counts {\n        new\n        total\n      }\n    }\n  }\n':
    types.ValueImportRoutesTest_PreviewDocument,
  '\n        query ValueImportScaleTest_LastPage($id: ID!) {\n          valueImport(id: $id) {\n            counts {\n              new\n            }\n            rows(offset: 49800, limit: 200) {\n              rows {\n                rowNumber\n                changes {\n                  old\n                  new\n                }\n                errors {\n                  message\n                }\n              }\n            }\n          }\n        }\n      ':
    types.ValueImportScaleTest_LastPageDocument,
  '\n        mutation ValueImportScaleTest_Commit($id: ID!) {\n          commitValueImport(id: $id) {\n            writtenCount\n          }\n        }\n      ':
    types.ValueImportScaleTest_CommitDocument,
  '\n        query ValueImportScaleTest_Reimport($id: ID!) {\n          valueImport(id: $id) {\n            counts {\n              unchanged\n            }\n          }\n        }\n      ':
    types.ValueImportScaleTest_ReimportDocument,
  '\n  query ValueImportTest_Preview($id: ID!, $status: ValueImportRowStatus, $offset: Int, $limit: Int) {\n    valueImport(id: $id) {\n      status\n      writtenCount\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n      rows(status: $status, offset: $offset, limit: $limit) {\n        total\n        rows {\n          rowNumber\n          status\n          orgUnitCode\n          indicator\n          period\n          changes {\n            field\n            old\n            new\n          }\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n':
    types.ValueImportTest_PreviewDocument,
  '\n  mutation ValueImportTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n      writtenCount\n    }\n  }\n':
    types.ValueImportTest_CommitDocument,
  '\n  mutation ValueImportTest_Cancel($id: ID!) {\n    cancelValueImport(id: $id) {\n      status\n    }\n  }\n':
    types.ValueImportTest_CancelDocument,
  '\n        mutation ValueImportTest_SaveValues($input: IndicatorValuesInput!) {\n          saveIndicatorValues(input: $input) {\n            version\n          }\n        }\n      ':
    types.ValueImportTest_SaveValuesDocument,
  '\n  query ReadRoutingTest_Sheet($period: MonthInput!) {\n    dataEntrySheet(orgUnitCode: "intraservice", period: $period) {\n      indicatorRows {\n        indicator {\n          id\n          code\n        }\n        value {\n          outcome\n          version\n        }\n      }\n    }\n  }\n':
    types.ReadRoutingTest_SheetDocument,
  '\n  mutation ReadRoutingTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      outcome\n      version\n    }\n  }\n':
    types.ReadRoutingTest_SaveValuesDocument,
  '\n  query ReadRoutingTest_PlanLock {\n    orgUnit(code: "intraservice") {\n      canPlan(year: 2023)\n      planLock(year: 2023)\n    }\n  }\n':
    types.ReadRoutingTest_PlanLockDocument,
  '\n  query ReadRoutingTest_Overview {\n    overview(orgUnitCode: "intraservice", upTo: { year: 2023, month: 5 }) {\n      changeCount\n      perspectives {\n        __typename\n      }\n      keyIndicators {\n        __typename\n      }\n      redProjects {\n        __typename\n      }\n      topRisks {\n        __typename\n      }\n      attention {\n        redIndicators {\n          __typename\n        }\n        notReportedIndicators {\n          __typename\n        }\n        overdueAssignments {\n          __typename\n        }\n        overdueAuditActions {\n          __typename\n        }\n      }\n    }\n  }\n':
    types.ReadRoutingTest_OverviewDocument,
  '\n  query ReadRoutingTest_ValueImport($id: ID!) {\n    valueImport(id: $id) {\n      fileName\n      status\n    }\n  }\n':
    types.ReadRoutingTest_ValueImportDocument,
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
  source: '\n  query AnswerCacheMayValue($id: ID!) {\n    indicator(id: $id) {\n      name\n      value(period: "2023-05") {\n        outcome\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AnswerCacheMayValue($id: ID!) {\n    indicator(id: $id) {\n      name\n      value(period: "2023-05") {\n        outcome\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AnswerCacheSaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      outcome\n    }\n  }\n',
): (typeof documents)['\n  mutation AnswerCacheSaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      outcome\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnswerCacheOverviewOf($code: String!) {\n    overview(orgUnitCode: $code, upTo: { year: 2023, month: 5 }) {\n      orgUnit {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AnswerCacheOverviewOf($code: String!) {\n    overview(orgUnitCode: $code, upTo: { year: 2023, month: 5 }) {\n      orgUnit {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnswerCacheUnits {\n    orgUnits {\n      code\n    }\n  }\n',
): (typeof documents)['\n  query AnswerCacheUnits {\n    orgUnits {\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnswerCacheViewerAndOverview {\n    viewer {\n      name\n    }\n    overview(orgUnitCode: "intraservice", upTo: { year: 2023, month: 5 }) {\n      orgUnit {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AnswerCacheViewerAndOverview {\n    viewer {\n      name\n    }\n    overview(orgUnitCode: "intraservice", upTo: { year: 2023, month: 5 }) {\n      orgUnit {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CancellationGoals($year: Int!) {\n    goals(orgUnitCode: "intraservice", year: $year) {\n      title\n      parents {\n        title\n      }\n      assessment(upTo: { year: 2023, month: 5 }) {\n        fulfilment\n      }\n      indicators {\n        name\n        latestValue(upTo: { year: 2023, month: 5 }) {\n          outcome\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CancellationGoals($year: Int!) {\n    goals(orgUnitCode: "intraservice", year: $year) {\n      title\n      parents {\n        title\n      }\n      assessment(upTo: { year: 2023, month: 5 }) {\n        fulfilment\n      }\n      indicators {\n        name\n        latestValue(upTo: { year: 2023, month: 5 }) {\n          outcome\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FirstRunTest_Due {\n    signInOptions {\n      firstRun\n    }\n  }\n',
): (typeof documents)['\n  query FirstRunTest_Due {\n    signInOptions {\n      firstRun\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FirstRunTest_Viewer {\n    viewer {\n      name\n      isAdministrator\n      roles {\n        role\n        orgUnit {\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FirstRunTest_Viewer {\n    viewer {\n      name\n      isAdministrator\n      roles {\n        role\n        orgUnit {\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FirstRunTest_RiskCategories {\n    riskCategories {\n      id\n      name\n    }\n    viewer {\n      roles {\n        orgUnit {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FirstRunTest_RiskCategories {\n    riskCategories {\n      id\n      name\n    }\n    viewer {\n      roles {\n        orgUnit {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FirstRunTest_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation FirstRunTest_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FirstRunTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      title\n      category {\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation FirstRunTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      title\n      category {\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    mutation RolesTest_SetAssessment($input: GoalAssessmentInput!) {\n      setGoalAssessment(input: $input) {\n        fulfilment\n        version\n      }\n    }\n  ',
): (typeof documents)['\n    mutation RolesTest_SetAssessment($input: GoalAssessmentInput!) {\n      setGoalAssessment(input: $input) {\n        fulfilment\n        version\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    mutation RolesTest_CreateUser($input: CreateUserInput!) {\n      createUser(input: $input) {\n        email\n        roles {\n          role\n          orgUnit {\n            code\n          }\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    mutation RolesTest_CreateUser($input: CreateUserInput!) {\n      createUser(input: $input) {\n        email\n        roles {\n          role\n          orgUnit {\n            code\n          }\n        }\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    query RolesTest_OrgUnits {\n      orgUnits {\n        code\n      }\n    }\n  ',
): (typeof documents)['\n    query RolesTest_OrgUnits {\n      orgUnits {\n        code\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n          query RolesTest_SignInOptions {\n            signInOptions {\n              singleSignOn\n            }\n            viewer {\n              id\n            }\n          }\n        ',
): (typeof documents)['\n          query RolesTest_SignInOptions {\n            signInOptions {\n              singleSignOn\n            }\n            viewer {\n              id\n            }\n          }\n        '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n          query RolesTest_SiblingCommittee {\n            direct: orgUnit(code: "kommunstyrelsen") {\n              name\n            }\n            nested: orgUnit(code: "goteborg") {\n              children {\n                code\n              }\n            }\n            goals(orgUnitCode: "kommunstyrelsen", year: 2023) {\n              title\n            }\n            councilGoal: goals(orgUnitCode: "intraservice", year: 2023) {\n              children {\n                title\n              }\n            }\n          }\n        ',
): (typeof documents)['\n          query RolesTest_SiblingCommittee {\n            direct: orgUnit(code: "kommunstyrelsen") {\n              name\n            }\n            nested: orgUnit(code: "goteborg") {\n              children {\n                code\n              }\n            }\n            goals(orgUnitCode: "kommunstyrelsen", year: 2023) {\n              title\n            }\n            councilGoal: goals(orgUnitCode: "intraservice", year: 2023) {\n              children {\n                title\n              }\n            }\n          }\n        '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n          query RolesTest_Goals {\n            goals(orgUnitCode: "intraservice", year: 2023) {\n              title\n            }\n          }\n        ',
): (typeof documents)['\n          query RolesTest_Goals {\n            goals(orgUnitCode: "intraservice", year: 2023) {\n              title\n            }\n          }\n        '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query RolesTest_Users {\n        users {\n          email\n        }\n      }\n    ',
): (typeof documents)['\n      query RolesTest_Users {\n        users {\n          email\n        }\n      }\n    '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignmentWritesTest_Create($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      title\n      source\n      caseNumber\n      deadline\n      year\n      orgUnit {\n        code\n      }\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignmentWritesTest_Create($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      title\n      source\n      caseNumber\n      deadline\n      year\n      orgUnit {\n        code\n      }\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignmentWritesTest_Update($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      title\n      caseNumber\n      deadline\n      orgUnit {\n        code\n      }\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignmentWritesTest_Update($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      title\n      caseNumber\n      deadline\n      orgUnit {\n        code\n      }\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignmentWritesTest_SaveUpdate($input: AssignmentUpdateInput!) {\n    saveAssignmentUpdate(input: $input) {\n      year\n      month\n      status\n      comment\n      decisionDate\n      decisionCaseNumber\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignmentWritesTest_SaveUpdate($input: AssignmentUpdateInput!) {\n    saveAssignmentUpdate(input: $input) {\n      year\n      month\n      status\n      comment\n      decisionDate\n      decisionCaseNumber\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssignmentWritesTest_Overdue($orgUnitCode: String!, $upTo: MonthInput!) {\n    assignments(orgUnitCode: $orgUnitCode) {\n      id\n      isOverdue(upTo: $upTo)\n      update(upTo: $upTo) {\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssignmentWritesTest_Overdue($orgUnitCode: String!, $upTo: MonthInput!) {\n    assignments(orgUnitCode: $orgUnitCode) {\n      id\n      isOverdue(upTo: $upTo)\n      update(upTo: $upTo) {\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssignmentsTest_Assignments($orgUnitCode: String!, $year: Int, $upTo: MonthInput!) {\n    assignments(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      source\n      caseNumber\n      deadline\n      year\n      orgUnit {\n        code\n      }\n      update(upTo: $upTo) {\n        status\n        comment\n      }\n      isOverdue(upTo: $upTo)\n    }\n  }\n',
): (typeof documents)['\n  query AssignmentsTest_Assignments($orgUnitCode: String!, $year: Int, $upTo: MonthInput!) {\n    assignments(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      source\n      caseNumber\n      deadline\n      year\n      orgUnit {\n        code\n      }\n      update(upTo: $upTo) {\n        status\n        comment\n      }\n      isOverdue(upTo: $upTo)\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssignmentsTest_AuditReports($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    auditReports(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      auditor\n      reportDate\n      recommendations {\n        recommendation\n        action\n        ownerName\n        ownerUser {\n          name\n        }\n        dueDate\n        update(upTo: $upTo) {\n          status\n          comment\n        }\n        isOverdue(upTo: $upTo)\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssignmentsTest_AuditReports($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    auditReports(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      auditor\n      reportDate\n      recommendations {\n        recommendation\n        action\n        ownerName\n        ownerUser {\n          name\n        }\n        dueDate\n        update(upTo: $upTo) {\n          status\n          comment\n        }\n        isOverdue(upTo: $upTo)\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AuditReportWritesTest_CreateReport($input: CreateAuditReportInput!) {\n    createAuditReport(input: $input) {\n      id\n      title\n      auditor\n      reportDate\n      caseNumber\n      year\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AuditReportWritesTest_CreateReport($input: CreateAuditReportInput!) {\n    createAuditReport(input: $input) {\n      id\n      title\n      auditor\n      reportDate\n      caseNumber\n      year\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AuditReportWritesTest_UpdateReport($input: UpdateAuditReportInput!) {\n    updateAuditReport(input: $input) {\n      title\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AuditReportWritesTest_UpdateReport($input: UpdateAuditReportInput!) {\n    updateAuditReport(input: $input) {\n      title\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AuditReportWritesTest_CreateRecommendation($input: CreateAuditRecommendationInput!) {\n    createAuditRecommendation(input: $input) {\n      id\n      recommendation\n      action\n      ownerName\n      ownerUser {\n        name\n      }\n      dueDate\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AuditReportWritesTest_CreateRecommendation($input: CreateAuditRecommendationInput!) {\n    createAuditRecommendation(input: $input) {\n      id\n      recommendation\n      action\n      ownerName\n      ownerUser {\n        name\n      }\n      dueDate\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AuditReportWritesTest_UpdateRecommendation($input: UpdateAuditRecommendationInput!) {\n    updateAuditRecommendation(input: $input) {\n      action\n      ownerName\n      ownerUser {\n        name\n      }\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AuditReportWritesTest_UpdateRecommendation($input: UpdateAuditRecommendationInput!) {\n    updateAuditRecommendation(input: $input) {\n      action\n      ownerName\n      ownerUser {\n        name\n      }\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AuditReportWritesTest_SaveActionUpdate($input: AuditActionUpdateInput!) {\n    saveAuditActionUpdate(input: $input) {\n      year\n      month\n      status\n      comment\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AuditReportWritesTest_SaveActionUpdate($input: AuditActionUpdateInput!) {\n    saveAuditActionUpdate(input: $input) {\n      year\n      month\n      status\n      comment\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditReportWritesTest_OwnerCandidates($orgUnitCode: String!) {\n    auditActionOwnerCandidates(orgUnitCode: $orgUnitCode) {\n      name\n    }\n  }\n',
): (typeof documents)['\n  query AuditReportWritesTest_OwnerCandidates($orgUnitCode: String!) {\n    auditActionOwnerCandidates(orgUnitCode: $orgUnitCode) {\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLogNamesTest_Log($filter: AuditLogFilter, $first: Int) {\n    auditLog(filter: $filter, first: $first) {\n      events {\n        action\n        entityType\n        entityName\n        changes {\n          field\n          oldValue\n          newValue\n          referencedType\n          oldName\n          newName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLogNamesTest_Log($filter: AuditLogFilter, $first: Int) {\n    auditLog(filter: $filter, first: $first) {\n      events {\n        action\n        entityType\n        entityName\n        changes {\n          field\n          oldValue\n          newValue\n          referencedType\n          oldName\n          newName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AuditTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      id\n      period\n      outcome\n      comment\n      version\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation AuditTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      id\n      period\n      outcome\n      comment\n      version\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditTest_History($id: ID!) {\n    history(entityType: "IndicatorValue", entityId: $id) {\n      operation\n      action\n      author {\n        name\n      }\n      orgUnit {\n        code\n      }\n      changes {\n        field\n        oldValue\n        newValue\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditTest_History($id: ID!) {\n    history(entityType: "IndicatorValue", entityId: $id) {\n      operation\n      action\n      author {\n        name\n      }\n      orgUnit {\n        code\n      }\n      changes {\n        field\n        oldValue\n        newValue\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_SetReminderFrequency($input: SetReminderFrequencyInput!) {\n    setReminderFrequency(input: $input) {\n      frequency\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_SetReminderFrequency($input: SetReminderFrequencyInput!) {\n    setReminderFrequency(input: $input) {\n      frequency\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_RetryReminderMail($input: RetryReminderMailInput!) {\n    retryReminderMail(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_RetryReminderMail($input: RetryReminderMailInput!) {\n    retryReminderMail(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_SetAssessment($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      comment\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_SetAssessment($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      comment\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_GenerateCalendar($input: GenerateReportingCalendarInput!) {\n    generateReportingCalendar(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_GenerateCalendar($input: GenerateReportingCalendarInput!) {\n    generateReportingCalendar(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_MoveDeadline($input: SetReportingPeriodDeadlineInput!) {\n    setReportingPeriodDeadline(input: $input) {\n      id\n      deadline\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_MoveDeadline($input: SetReportingPeriodDeadlineInput!) {\n    setReportingPeriodDeadline(input: $input) {\n      id\n      deadline\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_SetLevelDeadline($input: SetReportingLevelDeadlineInput!) {\n    setReportingLevelDeadline(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_SetLevelDeadline($input: SetReportingLevelDeadlineInput!) {\n    setReportingLevelDeadline(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_ClosePeriod($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_ClosePeriod($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_ReopenPeriod($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_ReopenPeriod($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      id\n      comment\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      id\n      comment\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_AddReport($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      id\n      comment\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_AddReport($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      id\n      comment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_MoveProject($input: ProjectMoveInput!) {\n    moveProject(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_MoveProject($input: ProjectMoveInput!) {\n    moveProject(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_UpdateProject($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      id\n      name\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_UpdateProject($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      id\n      name\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_UpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_UpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_ChangePhase($input: ProjectPhaseChangeInput!) {\n    changeProjectPhase(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_ChangePhase($input: ProjectPhaseChangeInput!) {\n    changeProjectPhase(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_SplitProject($input: SplitProjectInput!) {\n    splitProject(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_SplitProject($input: SplitProjectInput!) {\n    splitProject(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_MergeProjects($input: MergeProjectsInput!) {\n    mergeProjects(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_MergeProjects($input: MergeProjectsInput!) {\n    mergeProjects(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_ChangeState($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      id\n      state\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_ChangeState($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      id\n      state\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_SavePortfolioStatus($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      id\n      narrative\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_SavePortfolioStatus($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      id\n      narrative\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_CloseOrgUnit($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      id\n      validTo\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_CloseOrgUnit($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      id\n      validTo\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      code\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      code\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      name\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      name\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BadInputTest_SetIndicatorRetired($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation BadInputTest_SetIndicatorRetired($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query BadInputTest_AuditLog($filter: AuditLogFilter) {\n        auditLog(filter: $filter) {\n          events {\n            id\n          }\n          nextCursor\n        }\n      }\n    ',
): (typeof documents)['\n      query BadInputTest_AuditLog($filter: AuditLogFilter) {\n        auditLog(filter: $filter) {\n          events {\n            id\n          }\n          nextCursor\n        }\n      }\n    '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConcurrentCreationTest_SetAssessment($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ConcurrentCreationTest_SetAssessment($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConcurrentCreationTest_SaveActivityUpdate($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ConcurrentCreationTest_SaveActivityUpdate($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConcurrentCreationTest_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ConcurrentCreationTest_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConcurrentCreationTest_RecordControlResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ConcurrentCreationTest_RecordControlResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DataEntryTest_Sheet($orgUnitCode: String!, $period: MonthInput!) {\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $period) {\n      year\n      month\n      canEdit\n      orgUnit {\n        code\n      }\n      indicatorRows {\n        period\n        indicator {\n          name\n          unit\n        }\n        value {\n          outcome\n          periodTarget\n          fullYearForecast\n          status\n          isSynthetic\n          version\n        }\n      }\n      goalRows {\n        goal {\n          title\n        }\n        assessment {\n          fulfilment\n        }\n      }\n      activityRows {\n        activity {\n          title\n        }\n        update {\n          status\n          comment\n          version\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DataEntryTest_Sheet($orgUnitCode: String!, $period: MonthInput!) {\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $period) {\n      year\n      month\n      canEdit\n      orgUnit {\n        code\n      }\n      indicatorRows {\n        period\n        indicator {\n          name\n          unit\n        }\n        value {\n          outcome\n          periodTarget\n          fullYearForecast\n          status\n          isSynthetic\n          version\n        }\n      }\n      goalRows {\n        goal {\n          title\n        }\n        assessment {\n          fulfilment\n        }\n      }\n      activityRows {\n        activity {\n          title\n        }\n        update {\n          status\n          comment\n          version\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DataEntryTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      period\n      outcome\n      fullYearForecast\n      comment\n      isSynthetic\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation DataEntryTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      period\n      outcome\n      fullYearForecast\n      comment\n      isSynthetic\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DataEntryTest_SaveActivity($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      month\n      status\n      comment\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation DataEntryTest_SaveActivity($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      month\n      status\n      comment\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DataEntryTest_SaveRolling12($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      period\n      outcome\n      rolling12\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation DataEntryTest_SaveRolling12($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      period\n      outcome\n      rolling12\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DataEntryTest_SaveOneRolling12($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      rolling12\n    }\n  }\n',
): (typeof documents)['\n  mutation DataEntryTest_SaveOneRolling12($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      rolling12\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DataEntryTest_SaveSomeFigures($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation DataEntryTest_SaveSomeFigures($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      rolling12\n      comment\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DataEntryTest_SheetRolling12($orgUnitCode: String!, $period: MonthInput!) {\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $period) {\n      indicatorRows {\n        period\n        indicator {\n          name\n        }\n        value {\n          rolling12\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DataEntryTest_SheetRolling12($orgUnitCode: String!, $period: MonthInput!) {\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $period) {\n      indicatorRows {\n        period\n        indicator {\n          name\n        }\n        value {\n          rolling12\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ValueStatusTest_Set($input: SetIndicatorValueStatusInput!) {\n    setIndicatorValueStatus(input: $input) {\n      period\n      status\n      ruleStatus\n      statusOverride\n      statusOverrideReason\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ValueStatusTest_Set($input: SetIndicatorValueStatusInput!) {\n    setIndicatorValueStatus(input: $input) {\n      period\n      status\n      ruleStatus\n      statusOverride\n      statusOverrideReason\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ValueStatusTest_Indicator($id: ID!) {\n    indicator(id: $id) {\n      canSetStatus\n      value(period: "2023-05") {\n        status\n        ruleStatus\n        statusOverride\n        statusOverrideReason\n        version\n      }\n      series(granularity: MONTH, fromYear: 2023, toYear: 2023) {\n        period\n        status\n        statusOverrideReason\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ValueStatusTest_Indicator($id: ID!) {\n    indicator(id: $id) {\n      canSetStatus\n      value(period: "2023-05") {\n        status\n        ruleStatus\n        statusOverride\n        statusOverrideReason\n        version\n      }\n      series(granularity: MONTH, fromYear: 2023, toYear: 2023) {\n        period\n        status\n        statusOverrideReason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ValueStatusTest_Overview($upTo: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $upTo) {\n      perspectives {\n        indicatorsGreen\n        indicatorsYellow\n        indicatorsRed\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ValueStatusTest_Overview($upTo: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $upTo) {\n      perspectives {\n        indicatorsGreen\n        indicatorsYellow\n        indicatorsRed\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EconomyRollupTest_Economy($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      lines {\n        indicator {\n          code\n        }\n        outcomeToDate\n        budgetToDate\n        fullYearForecast\n        fullYearBudget\n        previousYearToDate\n        status\n        rolledUpFrom {\n          code\n        }\n      }\n      businessAreaResults {\n        orgUnit {\n          code\n        }\n        isTotal\n        operationsToDate\n        operationsBudgetToDate\n        operationsBudget\n        developmentToDate\n        rolledUpFrom {\n          code\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EconomyRollupTest_Economy($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      lines {\n        indicator {\n          code\n        }\n        outcomeToDate\n        budgetToDate\n        fullYearForecast\n        fullYearBudget\n        previousYearToDate\n        status\n        rolledUpFrom {\n          code\n        }\n      }\n      businessAreaResults {\n        orgUnit {\n          code\n        }\n        isTotal\n        operationsToDate\n        operationsBudgetToDate\n        operationsBudget\n        developmentToDate\n        rolledUpFrom {\n          code\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EconomyTest_Economy($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        code\n      }\n      lines {\n        indicator {\n          name\n        }\n        outcomeToDate\n        budgetToDate\n        deviationToDate\n        fullYearForecast\n        fullYearBudget\n        previousYearToDate\n        status\n      }\n      businessAreaResults {\n        orgUnit {\n          name\n        }\n        isTotal\n        operationsToDate\n        operationsBudgetToDate\n        operationsForecast\n        operationsBudget\n        developmentToDate\n        developmentBudgetToDate\n        developmentForecast\n        developmentBudget\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EconomyTest_Economy($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        code\n      }\n      lines {\n        indicator {\n          name\n        }\n        outcomeToDate\n        budgetToDate\n        deviationToDate\n        fullYearForecast\n        fullYearBudget\n        previousYearToDate\n        status\n      }\n      businessAreaResults {\n        orgUnit {\n          name\n        }\n        isTotal\n        operationsToDate\n        operationsBudgetToDate\n        operationsForecast\n        operationsBudget\n        developmentToDate\n        developmentBudgetToDate\n        developmentForecast\n        developmentBudget\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ForecastAccuracyTest_Accuracy($orgUnitCode: String!, $year: Int!) {\n    forecastAccuracy(orgUnitCode: $orgUnitCode, year: $year) {\n      rounds {\n        name\n      }\n      indicators {\n        indicator {\n          name\n        }\n        outcome\n        outcomeIsSynthetic\n        forecasts {\n          round {\n            name\n          }\n          forecast\n          carriedOver\n          error\n          absoluteError\n          relativeError\n        }\n        meanAbsoluteError\n        meanAbsolutePercentageError\n      }\n      meanAbsolutePercentageError\n      comparedForecasts\n      byRound {\n        round {\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n      byUnit {\n        orgUnit {\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ForecastAccuracyTest_Accuracy($orgUnitCode: String!, $year: Int!) {\n    forecastAccuracy(orgUnitCode: $orgUnitCode, year: $year) {\n      rounds {\n        name\n      }\n      indicators {\n        indicator {\n          name\n        }\n        outcome\n        outcomeIsSynthetic\n        forecasts {\n          round {\n            name\n          }\n          forecast\n          carriedOver\n          error\n          absoluteError\n          relativeError\n        }\n        meanAbsoluteError\n        meanAbsolutePercentageError\n      }\n      meanAbsolutePercentageError\n      comparedForecasts\n      byRound {\n        round {\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n      byUnit {\n        orgUnit {\n          name\n        }\n        meanAbsolutePercentageError\n        comparedForecasts\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ForecastAccuracyTest_Projection($id: ID!, $upTo: MonthInput!) {\n    indicator(id: $id) {\n      yearEndProjection(upTo: $upTo) {\n        projectedOutcome\n        method\n        basedOnMonth\n        lastYearShare\n        humanForecast\n        difference\n        relativeDifference\n        differsFromForecast\n        tolerance\n        usesGeneratedValues\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ForecastAccuracyTest_Projection($id: ID!, $upTo: MonthInput!) {\n    indicator(id: $id) {\n      yearEndProjection(upTo: $upTo) {\n        projectedOutcome\n        method\n        basedOnMonth\n        lastYearShare\n        humanForecast\n        difference\n        relativeDifference\n        differsFromForecast\n        tolerance\n        usesGeneratedValues\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        query ForecastAccuracyTest_RoundYears {\n          forecastRoundYears\n        }\n      ',
): (typeof documents)['\n        query ForecastAccuracyTest_RoundYears {\n          forecastRoundYears\n        }\n      '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ForecastRoundLockTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      fullYearForecast\n    }\n  }\n',
): (typeof documents)['\n  mutation ForecastRoundLockTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      fullYearForecast\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ForecastRoundLockTest_Close($input: CloseForecastRoundInput!) {\n    closeForecastRound(input: $input) {\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ForecastRoundLockTest_Close($input: CloseForecastRoundInput!) {\n    closeForecastRound(input: $input) {\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ForecastsTest_Open($input: OpenForecastRoundInput!) {\n    openForecastRound(input: $input) {\n      id\n      name\n      asOf\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ForecastsTest_Open($input: OpenForecastRoundInput!) {\n    openForecastRound(input: $input) {\n      id\n      name\n      asOf\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ForecastsTest_Close($input: CloseForecastRoundInput!) {\n    closeForecastRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ForecastsTest_Close($input: CloseForecastRoundInput!) {\n    closeForecastRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ForecastsTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      fullYearForecast\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ForecastsTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      fullYearForecast\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ForecastsTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      fullYearForecast\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ForecastsTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      fullYearForecast\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ForecastsTest_RoundForecasts($id: ID!) {\n    indicator(id: $id) {\n      roundForecasts(year: 2023) {\n        round {\n          name\n          status\n        }\n        fullYearForecast\n        carriedOver\n        changeFromPrevious\n        comment\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ForecastsTest_RoundForecasts($id: ID!) {\n    indicator(id: $id) {\n      roundForecasts(year: 2023) {\n        round {\n          name\n          status\n        }\n        fullYearForecast\n        carriedOver\n        changeFromPrevious\n        comment\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CouncilGoalMatrixTest_Goals($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      level\n      children {\n        title\n        orgUnit {\n          code\n        }\n        assessment(upTo: $upTo) {\n          fulfilment\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CouncilGoalMatrixTest_Goals($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      level\n      children {\n        title\n        orgUnit {\n          code\n        }\n        assessment(upTo: $upTo) {\n          fulfilment\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningBadInput_CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningBadInput_CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningBadInput_UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningBadInput_UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningBadInput_MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningBadInput_MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningBadInput_SetGoalRetired($input: SetGoalRetiredInput!) {\n    setGoalRetired(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningBadInput_SetGoalRetired($input: SetGoalRetiredInput!) {\n    setGoalRetired(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningBadInput_SetGoalIndicators($input: SetGoalIndicatorsInput!) {\n    setGoalIndicators(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningBadInput_SetGoalIndicators($input: SetGoalIndicatorsInput!) {\n    setGoalIndicators(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningBadInput_CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningBadInput_CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningBadInput_UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningBadInput_UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningBadInput_SetActivityRetired($input: SetActivityRetiredInput!) {\n    setActivityRetired(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningBadInput_SetActivityRetired($input: SetActivityRetiredInput!) {\n    setActivityRetired(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalPlanningTest_Plan($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!, $includeRetired: Boolean) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      canPlan\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year, includeRetired: $includeRetired) {\n      id\n      title\n      level\n      retiredAt\n      canPlan\n      version\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n      indicators {\n        code\n      }\n      assessment(upTo: $upTo) {\n        fulfilment\n        comment\n      }\n      activities {\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GoalPlanningTest_Plan($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!, $includeRetired: Boolean) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      canPlan\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year, includeRetired: $includeRetired) {\n      id\n      title\n      level\n      retiredAt\n      canPlan\n      version\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n      indicators {\n        code\n      }\n      assessment(upTo: $upTo) {\n        fulfilment\n        comment\n      }\n      activities {\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningTest_CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      level\n      year\n      version\n      perspective {\n        name\n      }\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningTest_CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      level\n      year\n      version\n      perspective {\n        name\n      }\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningTest_UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      description\n      version\n      parents {\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningTest_UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      description\n      version\n      parents {\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningTest_MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningTest_MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalPlanningTest_Reporting($orgUnitCode: String!, $upTo: MonthInput!) {\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $upTo) {\n      goalRows {\n        goal {\n          title\n        }\n      }\n    }\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      perspectives {\n        goalsFulfilled\n        goalsPartlyFulfilled\n        goalsNotFulfilled\n        goalsNotAssessed\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GoalPlanningTest_Reporting($orgUnitCode: String!, $upTo: MonthInput!) {\n    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $upTo) {\n      goalRows {\n        goal {\n          title\n        }\n      }\n    }\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      perspectives {\n        goalsFulfilled\n        goalsPartlyFulfilled\n        goalsNotFulfilled\n        goalsNotAssessed\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningTest_SetGoalRetired($input: SetGoalRetiredInput!) {\n    setGoalRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningTest_SetGoalRetired($input: SetGoalRetiredInput!) {\n    setGoalRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningTest_SetGoalIndicators($input: SetGoalIndicatorsInput!) {\n    setGoalIndicators(input: $input) {\n      id\n      version\n      indicators {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningTest_SetGoalIndicators($input: SetGoalIndicatorsInput!) {\n    setGoalIndicators(input: $input) {\n      id\n      version\n      indicators {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningTest_CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      owner\n      ownerId\n      startDate\n      endDate\n      version\n      goal {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningTest_CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      owner\n      ownerId\n      startDate\n      endDate\n      version\n      goal {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningTest_UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      owner\n      ownerId\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningTest_UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      owner\n      ownerId\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GoalPlanningTest_SetActivityRetired($input: SetActivityRetiredInput!) {\n    setActivityRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation GoalPlanningTest_SetActivityRetired($input: SetActivityRetiredInput!) {\n    setActivityRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalPlanningTest_ParentOptions($orgUnitId: ID!, $year: Int!) {\n    goalParentOptions(orgUnitId: $orgUnitId, year: $year) {\n      title\n      level\n    }\n  }\n',
): (typeof documents)['\n  query GoalPlanningTest_ParentOptions($orgUnitId: ID!, $year: Int!) {\n    goalParentOptions(orgUnitId: $orgUnitId, year: $year) {\n      title\n      level\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalPlanningTest_OwnerOptions($orgUnitId: ID!) {\n    activityOwnerOptions(orgUnitId: $orgUnitId) {\n      name\n    }\n  }\n',
): (typeof documents)['\n  query GoalPlanningTest_OwnerOptions($orgUnitId: ID!) {\n    activityOwnerOptions(orgUnitId: $orgUnitId) {\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalPlanningTest_PlanControls($orgUnitCode: String!, $year: Int!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      planner: canPlan\n      canPlan(year: $year)\n      planLock(year: $year)\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      level\n      canPlan\n    }\n  }\n',
): (typeof documents)['\n  query GoalPlanningTest_PlanControls($orgUnitCode: String!, $year: Int!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      planner: canPlan\n      canPlan(year: $year)\n      planLock(year: $year)\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      level\n      canPlan\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalsTest_Goals($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      level\n      perspective {\n        name\n      }\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n      assessment(upTo: $upTo) {\n        year\n        month\n        fulfilment\n        comment\n      }\n      activities {\n        title\n        endDate\n        update(upTo: $upTo) {\n          month\n          status\n          comment\n        }\n      }\n      indicators {\n        name\n        latestValue(upTo: $upTo) {\n          period\n          outcome\n          periodTarget\n          fullYearForecast\n          status\n          isSynthetic\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GoalsTest_Goals($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      level\n      perspective {\n        name\n      }\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n      assessment(upTo: $upTo) {\n        year\n        month\n        fulfilment\n        comment\n      }\n      activities {\n        title\n        endDate\n        update(upTo: $upTo) {\n          month\n          status\n          comment\n        }\n      }\n      indicators {\n        name\n        latestValue(upTo: $upTo) {\n          period\n          outcome\n          periodTarget\n          fullYearForecast\n          status\n          isSynthetic\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IndicatorLibraryTest_Create($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorLibraryTest_fields\n    }\n  }\n',
): (typeof documents)['\n  mutation IndicatorLibraryTest_Create($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorLibraryTest_fields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IndicatorLibraryTest_Update($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorLibraryTest_fields\n    }\n  }\n',
): (typeof documents)['\n  mutation IndicatorLibraryTest_Update($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorLibraryTest_fields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IndicatorLibraryTest_fields on Indicator {\n    id\n    code\n    name\n    description\n    dataSource\n    externalCode\n    unit\n    periodicity\n    direction\n    cumulative\n    levelAggregation\n    unitRollup\n    thresholdKind\n    yellowThreshold\n    redThreshold\n    isKey\n    owner {\n      id\n      name\n    }\n    orgUnit {\n      code\n    }\n    retiredAt\n    hasValues\n    version\n  }\n',
): (typeof documents)['\n  fragment IndicatorLibraryTest_fields on Indicator {\n    id\n    code\n    name\n    description\n    dataSource\n    externalCode\n    unit\n    periodicity\n    direction\n    cumulative\n    levelAggregation\n    unitRollup\n    thresholdKind\n    yellowThreshold\n    redThreshold\n    isKey\n    owner {\n      id\n      name\n    }\n    orgUnit {\n      code\n    }\n    retiredAt\n    hasValues\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IndicatorLibraryTest_Retire($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation IndicatorLibraryTest_Retire($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      id\n      retiredAt\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorLibraryTest_Library($filter: IndicatorLibraryFilter!) {\n    indicatorLibrary(filter: $filter) {\n      code\n      orgUnit {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IndicatorLibraryTest_Library($filter: IndicatorLibraryFilter!) {\n    indicatorLibrary(filter: $filter) {\n      code\n      orgUnit {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorLibraryTest_ByCode($code: String!) {\n    indicatorsByCode(code: $code) {\n      orgUnit {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IndicatorLibraryTest_ByCode($code: String!) {\n    indicatorsByCode(code: $code) {\n      orgUnit {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorLibraryTest_OwnerOptions {\n    indicatorOwnerOptions {\n      name\n    }\n  }\n',
): (typeof documents)['\n  query IndicatorLibraryTest_OwnerOptions {\n    indicatorOwnerOptions {\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorLibraryTest_ValueStatus($id: ID!) {\n    indicator(id: $id) {\n      retiredAt\n      thresholdKind\n      yellowThreshold\n      redThreshold\n      value(period: "2023-05") {\n        outcome\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IndicatorLibraryTest_ValueStatus($id: ID!) {\n    indicator(id: $id) {\n      retiredAt\n      thresholdKind\n      yellowThreshold\n      redThreshold\n      value(period: "2023-05") {\n        outcome\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorLibraryTest_Sheet {\n    dataEntrySheet(orgUnitCode: "intraservice", period: { year: 2023, month: 7 }) {\n      indicatorRows {\n        indicator {\n          code\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IndicatorLibraryTest_Sheet {\n    dataEntrySheet(orgUnitCode: "intraservice", period: { year: 2023, month: 7 }) {\n      indicatorRows {\n        indicator {\n          code\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IndicatorLibraryTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation IndicatorLibraryTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorPageTest_Series($id: ID!, $granularity: Periodicity!, $fromYear: Int!, $toYear: Int!) {\n    indicator(id: $id) {\n      name\n      series(granularity: $granularity, fromYear: $fromYear, toYear: $toYear) {\n        period\n        outcome\n        target\n        previousYearOutcome\n        rolling12\n        isSynthetic\n        status\n      }\n      sameInOtherUnits {\n        orgUnit {\n          code\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IndicatorPageTest_Series($id: ID!, $granularity: Periodicity!, $fromYear: Int!, $toYear: Int!) {\n    indicator(id: $id) {\n      name\n      series(granularity: $granularity, fromYear: $fromYear, toYear: $toYear) {\n        period\n        outcome\n        target\n        previousYearOutcome\n        rolling12\n        isSynthetic\n        status\n      }\n      sameInOtherUnits {\n        orgUnit {\n          code\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query IndicatorPageTest_Comparison($id: ID!, $units: [String!]) {\n        indicator(id: $id) {\n          comparable: sameInOtherUnits {\n            orgUnit {\n              code\n            }\n          }\n          compared: sameInOtherUnits(orgUnitCodes: $units) {\n            orgUnit {\n              code\n            }\n            series(granularity: YEAR, fromYear: 2022, toYear: 2023) {\n              period\n              outcome\n            }\n          }\n        }\n      }\n    ',
): (typeof documents)['\n      query IndicatorPageTest_Comparison($id: ID!, $units: [String!]) {\n        indicator(id: $id) {\n          comparable: sameInOtherUnits {\n            orgUnit {\n              code\n            }\n          }\n          compared: sameInOtherUnits(orgUnitCodes: $units) {\n            orgUnit {\n              code\n            }\n            series(granularity: YEAR, fromYear: 2022, toYear: 2023) {\n              period\n              outcome\n            }\n          }\n        }\n      }\n    '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportMonthTest_Months {\n    latestReportMonth {\n      year\n      month\n    }\n    orgUnits {\n      code\n      latestReportMonth {\n        year\n        month\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportMonthTest_Months {\n    latestReportMonth {\n      year\n      month\n    }\n    orgUnits {\n      code\n      latestReportMonth {\n        year\n        month\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ThresholdHistoryTest_Update($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      thresholdKind\n      yellowThreshold\n      redThreshold\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ThresholdHistoryTest_Update($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      thresholdKind\n      yellowThreshold\n      redThreshold\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ThresholdHistoryTest_Judged($id: ID!) {\n    indicator(id: $id) {\n      april: value(period: "2023-04") {\n        status\n      }\n      may: value(period: "2023-05") {\n        status\n      }\n      series(granularity: MONTH, fromYear: 2023, toYear: 2023) {\n        period\n        status\n      }\n      thresholdHistory {\n        fromMonth\n        thresholdKind\n        yellowThreshold\n        redThreshold\n        changedAt\n        changedBy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ThresholdHistoryTest_Judged($id: ID!) {\n    indicator(id: $id) {\n      april: value(period: "2023-04") {\n        status\n      }\n      may: value(period: "2023-05") {\n        status\n      }\n      series(granularity: MONTH, fromYear: 2023, toYear: 2023) {\n        period\n        status\n      }\n      thresholdHistory {\n        fromMonth\n        thresholdKind\n        yellowThreshold\n        redThreshold\n        changedAt\n        changedBy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ThresholdHistoryTest_Overview($month: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $month) {\n      perspectives {\n        indicatorsGreen\n        indicatorsYellow\n        indicatorsRed\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ThresholdHistoryTest_Overview($month: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $month) {\n      perspectives {\n        indicatorsGreen\n        indicatorsYellow\n        indicatorsRed\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrgUnitAdminTest_Create($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      validFrom\n      isClosed\n      version\n      parent {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation OrgUnitAdminTest_Create($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      validFrom\n      isClosed\n      version\n      parent {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrgUnitAdminTest_Rename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation OrgUnitAdminTest_Rename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrgUnitAdminTest_Move($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      version\n      parent {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation OrgUnitAdminTest_Move($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      version\n      parent {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrgUnitAdminTest_Close($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      id\n      validTo\n      isClosed\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation OrgUnitAdminTest_Close($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      id\n      validTo\n      isClosed\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrgUnitAdminTest_CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      content {\n        orgUnitName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation OrgUnitAdminTest_CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      content {\n        orgUnitName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrgUnitAdminTest_TreeAsOf($asOf: String) {\n    orgUnits(asOf: $asOf) {\n      code\n      name\n      parent {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrgUnitAdminTest_TreeAsOf($asOf: String) {\n    orgUnits(asOf: $asOf) {\n      code\n      name\n      parent {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        query OrganisationTest_Units {\n          orgUnits {\n            code\n            kind\n            parent {\n              code\n            }\n          }\n        }\n      ',
): (typeof documents)['\n        query OrganisationTest_Units {\n          orgUnits {\n            code\n            kind\n            parent {\n              code\n            }\n          }\n        }\n      '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        query OrganisationTest_Unit {\n          found: orgUnit(code: "intraservice") {\n            name\n            children {\n              name\n            }\n          }\n          missing: orgUnit(code: "nope") {\n            name\n          }\n        }\n      ',
): (typeof documents)['\n        query OrganisationTest_Unit {\n          found: orgUnit(code: "intraservice") {\n            name\n            children {\n              name\n            }\n          }\n          missing: orgUnit(code: "nope") {\n            name\n          }\n        }\n      '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        query OrganisationTest_Perspectives {\n          perspectives {\n            name\n          }\n        }\n      ',
): (typeof documents)['\n        query OrganisationTest_Perspectives {\n          perspectives {\n            name\n          }\n        }\n      '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        query OrganisationTest_LatestReportMonth {\n          latestReportMonth {\n            year\n            month\n          }\n        }\n      ',
): (typeof documents)['\n        query OrganisationTest_LatestReportMonth {\n          latestReportMonth {\n            year\n            month\n          }\n        }\n      '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnitsFromTheTreePages($code: String!) {\n    viewer {\n      holds(role: PLANNER, orgUnitCode: $code)\n    }\n    latestReportMonth {\n      year\n    }\n    planOfYear(orgUnitCode: $code, year: 2023) {\n      lock\n    }\n    orgUnit(code: $code) {\n      planLock(year: 2023)\n    }\n    portfolioOwningUnits {\n      code\n    }\n    dataEntrySheet(orgUnitCode: $code, period: { year: 2023, month: 5 }) {\n      canEdit\n    }\n    goals(orgUnitCode: $code, year: 2023) {\n      id\n    }\n    indicatorLibrary(filter: { orgUnitCode: $code }) {\n      id\n    }\n    risks(orgUnitCode: $code) {\n      id\n    }\n    portfolios(orgUnitCode: $code) {\n      id\n    }\n    assignments(orgUnitCode: $code, year: 2023) {\n      id\n    }\n    auditReports(orgUnitCode: $code, year: 2023) {\n      id\n    }\n    auditActionOwnerCandidates(orgUnitCode: $code) {\n      name\n    }\n    targetSheet(orgUnitCode: $code, year: 2023, includeSubunits: true) {\n      rows {\n        indicator {\n          id\n        }\n      }\n    }\n    reportingDiscipline(orgUnitCode: $code, year: 2023) {\n      units {\n        orgUnit {\n          code\n        }\n      }\n    }\n    forecastAccuracy(orgUnitCode: $code, year: 2023) {\n      byUnit {\n        orgUnit {\n          code\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UnitsFromTheTreePages($code: String!) {\n    viewer {\n      holds(role: PLANNER, orgUnitCode: $code)\n    }\n    latestReportMonth {\n      year\n    }\n    planOfYear(orgUnitCode: $code, year: 2023) {\n      lock\n    }\n    orgUnit(code: $code) {\n      planLock(year: 2023)\n    }\n    portfolioOwningUnits {\n      code\n    }\n    dataEntrySheet(orgUnitCode: $code, period: { year: 2023, month: 5 }) {\n      canEdit\n    }\n    goals(orgUnitCode: $code, year: 2023) {\n      id\n    }\n    indicatorLibrary(filter: { orgUnitCode: $code }) {\n      id\n    }\n    risks(orgUnitCode: $code) {\n      id\n    }\n    portfolios(orgUnitCode: $code) {\n      id\n    }\n    assignments(orgUnitCode: $code, year: 2023) {\n      id\n    }\n    auditReports(orgUnitCode: $code, year: 2023) {\n      id\n    }\n    auditActionOwnerCandidates(orgUnitCode: $code) {\n      name\n    }\n    targetSheet(orgUnitCode: $code, year: 2023, includeSubunits: true) {\n      rows {\n        indicator {\n          id\n        }\n      }\n    }\n    reportingDiscipline(orgUnitCode: $code, year: 2023) {\n      units {\n        orgUnit {\n          code\n        }\n      }\n    }\n    forecastAccuracy(orgUnitCode: $code, year: 2023) {\n      byUnit {\n        orgUnit {\n          code\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OverviewKeyRollupTest_KeyIndicators($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      keyIndicators {\n        indicator {\n          code\n        }\n        rollup\n        rolledUpFrom {\n          code\n        }\n        latest {\n          period\n        }\n        figures {\n          period\n          outcome\n          periodTarget\n          annualTarget\n          fullYearForecast\n        }\n        unitFigures {\n          orgUnit {\n            code\n          }\n          period\n          outcome\n          status\n          statusSetByHand\n        }\n        status\n        statusSetByHand\n        isReported\n        changeFromPreviousYear\n        trend\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OverviewKeyRollupTest_KeyIndicators($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      keyIndicators {\n        indicator {\n          code\n        }\n        rollup\n        rolledUpFrom {\n          code\n        }\n        latest {\n          period\n        }\n        figures {\n          period\n          outcome\n          periodTarget\n          annualTarget\n          fullYearForecast\n        }\n        unitFigures {\n          orgUnit {\n            code\n          }\n          period\n          outcome\n          status\n          statusSetByHand\n        }\n        status\n        statusSetByHand\n        isReported\n        changeFromPreviousYear\n        trend\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OverviewTest_Overview($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      perspectives {\n        perspective {\n          name\n        }\n        goalsFulfilled\n        goalsPartlyFulfilled\n        goalsNotFulfilled\n        goalsNotAssessed\n        indicatorsGreen\n        indicatorsYellow\n        indicatorsRed\n        indicatorsNotReported\n        councilGoals\n      }\n      redProjects {\n        name\n        portfolioName\n        statusDate\n        time\n        cost\n        result\n        orgUnit {\n          code\n        }\n      }\n      topRisks {\n        title\n        score\n        isDemoValue\n      }\n      changes {\n        kind\n        name\n        previous\n        current\n        previousSetByHand\n        currentSetByHand\n      }\n      keyIndicators {\n        indicator {\n          name\n        }\n        latest {\n          period\n          outcome\n        }\n        status\n        isReported\n        changeFromPreviousYear\n        trend\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OverviewTest_Overview($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      perspectives {\n        perspective {\n          name\n        }\n        goalsFulfilled\n        goalsPartlyFulfilled\n        goalsNotFulfilled\n        goalsNotAssessed\n        indicatorsGreen\n        indicatorsYellow\n        indicatorsRed\n        indicatorsNotReported\n        councilGoals\n      }\n      redProjects {\n        name\n        portfolioName\n        statusDate\n        time\n        cost\n        result\n        orgUnit {\n          code\n        }\n      }\n      topRisks {\n        title\n        score\n        isDemoValue\n      }\n      changes {\n        kind\n        name\n        previous\n        current\n        previousSetByHand\n        currentSetByHand\n      }\n      keyIndicators {\n        indicator {\n          name\n        }\n        latest {\n          period\n          outcome\n        }\n        status\n        isReported\n        changeFromPreviousYear\n        trend\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OverviewTest_Units($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        name\n      }\n      changes {\n        orgUnit {\n          name\n        }\n      }\n      redProjects {\n        orgUnit {\n          name\n        }\n      }\n      topRisks {\n        orgUnit {\n          name\n        }\n      }\n      keyIndicators {\n        rolledUpFrom {\n          name\n        }\n      }\n      attention {\n        redIndicators {\n          orgUnit {\n            name\n          }\n        }\n        overdueAssignments {\n          orgUnit {\n            name\n          }\n        }\n        risksAboveTolerance {\n          orgUnit {\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OverviewTest_Units($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      orgUnit {\n        name\n      }\n      changes {\n        orgUnit {\n          name\n        }\n      }\n      redProjects {\n        orgUnit {\n          name\n        }\n      }\n      topRisks {\n        orgUnit {\n          name\n        }\n      }\n      keyIndicators {\n        rolledUpFrom {\n          name\n        }\n      }\n      attention {\n        redIndicators {\n          orgUnit {\n            name\n          }\n        }\n        overdueAssignments {\n          orgUnit {\n            name\n          }\n        }\n        risksAboveTolerance {\n          orgUnit {\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query OverviewTest_Changes($orgUnitCode: String!, $upTo: MonthInput!) {\n        overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n          changeCount\n          all: changes(first: 1000) {\n            kind\n            name\n            previous\n            current\n          }\n          first: changes(first: 1) {\n            kind\n            name\n            previous\n            current\n          }\n        }\n      }\n    ',
): (typeof documents)['\n      query OverviewTest_Changes($orgUnitCode: String!, $upTo: MonthInput!) {\n        overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n          changeCount\n          all: changes(first: 1000) {\n            kind\n            name\n            previous\n            current\n          }\n          first: changes(first: 1) {\n            kind\n            name\n            previous\n            current\n          }\n        }\n      }\n    '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query OverviewTest_Counts($orgUnitCode: String!, $upTo: MonthInput!) {\n        overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n          perspectives {\n            perspective {\n              name\n            }\n            goalsFulfilled\n            indicatorsRed\n          }\n          changeCount\n          changes(first: 1000) {\n            name\n          }\n        }\n      }\n    ',
): (typeof documents)['\n      query OverviewTest_Counts($orgUnitCode: String!, $upTo: MonthInput!) {\n        overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n          perspectives {\n            perspective {\n              name\n            }\n            goalsFulfilled\n            indicatorsRed\n          }\n          changeCount\n          changes(first: 1000) {\n            name\n          }\n        }\n      }\n    '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OverviewTest_Attention($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      attention {\n        redIndicators {\n          id\n          name\n          status\n          newlyRed\n          statusSetByHand\n          since\n          orgUnit {\n            code\n          }\n        }\n        notReportedIndicators {\n          id\n          name\n          status\n          statusSetByHand\n          since\n        }\n        overdueAssignments {\n          id\n          title\n          caseNumber\n          deadline\n          status\n          orgUnit {\n            code\n          }\n        }\n        overdueAuditActions {\n          id\n          recommendation\n          dueDate\n          status\n        }\n        redProjects {\n          id\n          name\n        }\n        risksAboveTolerance {\n          id\n          title\n          score\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OverviewTest_Attention($orgUnitCode: String!, $upTo: MonthInput!) {\n    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      attention {\n        redIndicators {\n          id\n          name\n          status\n          newlyRed\n          statusSetByHand\n          since\n          orgUnit {\n            code\n          }\n        }\n        notReportedIndicators {\n          id\n          name\n          status\n          statusSetByHand\n          since\n        }\n        overdueAssignments {\n          id\n          title\n          caseNumber\n          deadline\n          status\n          orgUnit {\n            code\n          }\n        }\n        overdueAuditActions {\n          id\n          recommendation\n          dueDate\n          status\n        }\n        redProjects {\n          id\n          name\n        }\n        risksAboveTolerance {\n          id\n          title\n          score\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PerspectiveBadInputTest_Create($input: CreatePerspectiveInput!) {\n    createPerspective(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PerspectiveBadInputTest_Create($input: CreatePerspectiveInput!) {\n    createPerspective(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PerspectiveBadInputTest_Update($input: UpdatePerspectiveInput!) {\n    updatePerspective(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PerspectiveBadInputTest_Update($input: UpdatePerspectiveInput!) {\n    updatePerspective(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PerspectiveBadInputTest_Reorder($input: ReorderPerspectivesInput!) {\n    reorderPerspectives(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PerspectiveBadInputTest_Reorder($input: ReorderPerspectivesInput!) {\n    reorderPerspectives(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PerspectiveBadInputTest_Remove($input: RemovePerspectiveInput!) {\n    removePerspective(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PerspectiveBadInputTest_Remove($input: RemovePerspectiveInput!) {\n    removePerspective(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PerspectiveBadInputTest_Copy($input: CopyPerspectivesInput!) {\n    copyPerspectivesFromPreviousYear(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PerspectiveBadInputTest_Copy($input: CopyPerspectivesInput!) {\n    copyPerspectivesFromPreviousYear(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PerspectivesTest_List($year: Int) {\n    perspectives(year: $year) {\n      id\n      code\n      name\n      sortOrder\n      description\n      year\n      version\n    }\n  }\n',
): (typeof documents)['\n  query PerspectivesTest_List($year: Int) {\n    perspectives(year: $year) {\n      id\n      code\n      name\n      sortOrder\n      description\n      year\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PerspectivesTest_Create($input: CreatePerspectiveInput!) {\n    createPerspective(input: $input) {\n      id\n      code\n      name\n      sortOrder\n      description\n      year\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PerspectivesTest_Create($input: CreatePerspectiveInput!) {\n    createPerspective(input: $input) {\n      id\n      code\n      name\n      sortOrder\n      description\n      year\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PerspectivesTest_Update($input: UpdatePerspectiveInput!) {\n    updatePerspective(input: $input) {\n      id\n      name\n      description\n      year\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PerspectivesTest_Update($input: UpdatePerspectiveInput!) {\n    updatePerspective(input: $input) {\n      id\n      name\n      description\n      year\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PerspectivesTest_Reorder($input: ReorderPerspectivesInput!) {\n    reorderPerspectives(input: $input) {\n      id\n      name\n      sortOrder\n    }\n  }\n',
): (typeof documents)['\n  mutation PerspectivesTest_Reorder($input: ReorderPerspectivesInput!) {\n    reorderPerspectives(input: $input) {\n      id\n      name\n      sortOrder\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PerspectivesTest_Remove($input: RemovePerspectiveInput!) {\n    removePerspective(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation PerspectivesTest_Remove($input: RemovePerspectiveInput!) {\n    removePerspective(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PerspectivesTest_Copy($input: CopyPerspectivesInput!) {\n    copyPerspectivesFromPreviousYear(input: $input) {\n      id\n      name\n      sortOrder\n      description\n      year\n    }\n  }\n',
): (typeof documents)['\n  mutation PerspectivesTest_Copy($input: CopyPerspectivesInput!) {\n    copyPerspectivesFromPreviousYear(input: $input) {\n      id\n      name\n      sortOrder\n      description\n      year\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PerspectivesTest_Goals($year: Int!) {\n    goals(orgUnitCode: "intraservice", year: $year) {\n      title\n      perspective {\n        id\n        name\n        year\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PerspectivesTest_Goals($year: Int!) {\n    goals(orgUnitCode: "intraservice", year: $year) {\n      title\n      perspective {\n        id\n        name\n        year\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      mutation PerspectivesTest_CreateReport($input: CreateReportInput!) {\n        createReport(input: $input) {\n          content {\n            sections {\n              kind\n              perspectiveName\n            }\n          }\n        }\n      }\n    ',
): (typeof documents)['\n      mutation PerspectivesTest_CreateReport($input: CreateReportInput!) {\n        createReport(input: $input) {\n          content {\n            sections {\n              kind\n              perspectiveName\n            }\n          }\n        }\n      }\n    '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanningTest_PlanOfYear($orgUnitCode: String!, $year: Int!) {\n    planOfYear(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      lock\n      mayAdopt\n      mayPlan\n      plan {\n        id\n        status\n        revision\n        decisionDate\n        caseNumber\n        version\n        draftChanges {\n          kind\n          subject\n          object\n          before\n          after\n          targetField\n          beforeValue\n          afterValue\n        }\n        revisions {\n          number\n          decisionDate\n          caseNumber\n          adoptedBy {\n            name\n          }\n          changes {\n            kind\n            subject\n            object\n            before\n            after\n            targetField\n            beforeValue\n            afterValue\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlanningTest_PlanOfYear($orgUnitCode: String!, $year: Int!) {\n    planOfYear(orgUnitCode: $orgUnitCode, year: $year) {\n      year\n      lock\n      mayAdopt\n      mayPlan\n      plan {\n        id\n        status\n        revision\n        decisionDate\n        caseNumber\n        version\n        draftChanges {\n          kind\n          subject\n          object\n          before\n          after\n          targetField\n          beforeValue\n          afterValue\n        }\n        revisions {\n          number\n          decisionDate\n          caseNumber\n          adoptedBy {\n            name\n          }\n          changes {\n            kind\n            subject\n            object\n            before\n            after\n            targetField\n            beforeValue\n            afterValue\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanningTest_Adopt($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      id\n      status\n      revision\n      decisionDate\n      caseNumber\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanningTest_Adopt($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      id\n      status\n      revision\n      decisionDate\n      caseNumber\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanningTest_OpenRevision($input: OpenPlanRevisionInput!) {\n    openPlanRevision(input: $input) {\n      id\n      status\n      revision\n      decisionDate\n      caseNumber\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanningTest_OpenRevision($input: OpenPlanRevisionInput!) {\n    openPlanRevision(input: $input) {\n      id\n      status\n      revision\n      decisionDate\n      caseNumber\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanningTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      periodTarget\n      outcome\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanningTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      periodTarget\n      outcome\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanningTest_CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanningTest_CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanningTest_SaveTargets($input: TargetsInput!) {\n    saveTargets(input: $input) {\n      annualTarget\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanningTest_SaveTargets($input: TargetsInput!) {\n    saveTargets(input: $input) {\n      annualTarget\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RollOverTest_Preview($orgUnitId: ID!, $fromYear: Int!) {\n    rollOverPreview(orgUnitId: $orgUnitId, fromYear: $fromYear) {\n      fromYear\n      toYear\n      targetPlan {\n        status\n        rolledOverFromYear\n      }\n      goals {\n        goalId\n        title\n        alreadyCarried\n        perspective {\n          name\n        }\n        goalLinks {\n          fromTitle\n          toGoalId\n          toTitle\n          matchedBy\n        }\n      }\n      indicatorLinks {\n        goalId\n        indicatorId\n        indicatorName\n        alreadyCarried\n      }\n      activities {\n        activityId\n        title\n        status\n        alreadyCarried\n      }\n      assignments {\n        title\n        caseNumber\n        status\n      }\n      targets {\n        indicatorId\n        indicatorName\n        periods\n        annualTarget\n        alreadyCarried\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RollOverTest_Preview($orgUnitId: ID!, $fromYear: Int!) {\n    rollOverPreview(orgUnitId: $orgUnitId, fromYear: $fromYear) {\n      fromYear\n      toYear\n      targetPlan {\n        status\n        rolledOverFromYear\n      }\n      goals {\n        goalId\n        title\n        alreadyCarried\n        perspective {\n          name\n        }\n        goalLinks {\n          fromTitle\n          toGoalId\n          toTitle\n          matchedBy\n        }\n      }\n      indicatorLinks {\n        goalId\n        indicatorId\n        indicatorName\n        alreadyCarried\n      }\n      activities {\n        activityId\n        title\n        status\n        alreadyCarried\n      }\n      assignments {\n        title\n        caseNumber\n        status\n      }\n      targets {\n        indicatorId\n        indicatorName\n        periods\n        annualTarget\n        alreadyCarried\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RollOverTest_Commit($input: CommitRollOverInput!) {\n    commitRollOver(input: $input) {\n      year\n      status\n      revision\n      rolledOverFromYear\n    }\n  }\n',
): (typeof documents)['\n  mutation RollOverTest_Commit($input: CommitRollOverInput!) {\n    commitRollOver(input: $input) {\n      year\n      status\n      revision\n      rolledOverFromYear\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RollOverTest_Adopt($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RollOverTest_Adopt($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RollOverTest_OpenRevision($input: OpenPlanRevisionInput!) {\n    openPlanRevision(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RollOverTest_OpenRevision($input: OpenPlanRevisionInput!) {\n    openPlanRevision(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RollOverTest_TargetSheet($orgUnitCode: String!, $year: Int!) {\n    targetSheet(orgUnitCode: $orgUnitCode, year: $year, includeSubunits: true) {\n      rows {\n        indicator {\n          id\n          name\n        }\n        isProposal\n        periodTargets\n        versions {\n          period\n          version\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RollOverTest_TargetSheet($orgUnitCode: String!, $year: Int!) {\n    targetSheet(orgUnitCode: $orgUnitCode, year: $year, includeSubunits: true) {\n      rows {\n        indicator {\n          id\n          name\n        }\n        isProposal\n        periodTargets\n        versions {\n          period\n          version\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RollOverTest_ConfirmProposals($input: ConfirmTargetProposalsInput!) {\n    confirmTargetProposals(input: $input) {\n      indicator {\n        name\n      }\n      isProposal\n      periodTargets\n    }\n  }\n',
): (typeof documents)['\n  mutation RollOverTest_ConfirmProposals($input: ConfirmTargetProposalsInput!) {\n    confirmTargetProposals(input: $input) {\n      indicator {\n        name\n      }\n      isProposal\n      periodTargets\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortfolioAdminTest_CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      name\n      owner\n      statusUpdateIntervalWeeks\n      version\n      orgUnit {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PortfolioAdminTest_CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      name\n      owner\n      statusUpdateIntervalWeeks\n      version\n      orgUnit {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortfolioAdminTest_UpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      name\n      owner\n      statusUpdateIntervalWeeks\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PortfolioAdminTest_UpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      name\n      owner\n      statusUpdateIntervalWeeks\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortfolioAdminTest_CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      owner\n      manager\n      phase\n      state\n      plannedStart\n      plannedEnd\n      budgetTkr\n      version\n      portfolio {\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PortfolioAdminTest_CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      owner\n      manager\n      phase\n      state\n      plannedStart\n      plannedEnd\n      budgetTkr\n      version\n      portfolio {\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortfolioAdminTest_ChangePhase($input: ProjectPhaseChangeInput!) {\n    changeProjectPhase(input: $input) {\n      phase\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PortfolioAdminTest_ChangePhase($input: ProjectPhaseChangeInput!) {\n    changeProjectPhase(input: $input) {\n      phase\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortfolioAdminTest_AddStatusUpdate($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      deviations {\n        dimension\n        action\n        actionOwner\n        actionDueDate\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PortfolioAdminTest_AddStatusUpdate($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      deviations {\n        dimension\n        action\n        actionOwner\n        actionDueDate\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortfolioAdminTest_Summary($orgUnitCode: String!, $upTo: MonthInput!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      budget {\n        budgetTkr\n        costToDateTkr\n        projectsWithoutBudget\n      }\n      overdueActions(upTo: $upTo) {\n        project {\n          name\n        }\n        dimension\n        action\n        actionOwner\n        actionDueDate\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PortfolioAdminTest_Summary($orgUnitCode: String!, $upTo: MonthInput!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      budget {\n        budgetTkr\n        costToDateTkr\n        projectsWithoutBudget\n      }\n      overdueActions(upTo: $upTo) {\n        project {\n          name\n        }\n        dimension\n        action\n        actionOwner\n        actionDueDate\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortfolioAdminTest_OwningUnits {\n    portfolioOwningUnits {\n      code\n    }\n  }\n',
): (typeof documents)['\n  query PortfolioAdminTest_OwningUnits {\n    portfolioOwningUnits {\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortfolioMutationsTest_AddReport($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      id\n      statusDate\n      time\n      cost\n      result\n      comment\n      deviations {\n        dimension\n        cause\n        action\n      }\n      author {\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PortfolioMutationsTest_AddReport($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      id\n      statusDate\n      time\n      cost\n      result\n      comment\n      deviations {\n        dimension\n        cause\n        action\n      }\n      author {\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortfolioMutationsTest_UpdateDetails($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      name\n      owner\n      plannedStart\n      plannedEnd\n      budgetTkr\n      version\n      portfolio {\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PortfolioMutationsTest_UpdateDetails($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      name\n      owner\n      plannedStart\n      plannedEnd\n      budgetTkr\n      version\n      portfolio {\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortfolioMutationsTest_ChangeState($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      state\n      pausedUntil\n      actualStart\n      version\n      stateChanges {\n        fromState\n        toState\n        reason\n        changedOn\n        author {\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PortfolioMutationsTest_ChangeState($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      state\n      pausedUntil\n      actualStart\n      version\n      stateChanges {\n        fromState\n        toState\n        reason\n        changedOn\n        author {\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortfolioMutationsTest_SavePeriodStatus($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      year\n      month\n      narrative\n      changes\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PortfolioMutationsTest_SavePeriodStatus($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      year\n      month\n      narrative\n      changes\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortfolioMutationsTest_OverviewProjects($upTo: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $upTo) {\n      redProjects {\n        name\n      }\n      changes {\n        kind\n        name\n        previous\n        current\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PortfolioMutationsTest_OverviewProjects($upTo: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $upTo) {\n      redProjects {\n        name\n      }\n      changes {\n        kind\n        name\n        previous\n        current\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortfolioQueriesTest_Board($orgUnitCode: String!, $upTo: MonthInput!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      canEdit\n      orgUnit {\n        code\n      }\n      periodStatus(upTo: $upTo) {\n        year\n        month\n        narrative\n      }\n      projects {\n        name\n        state\n        plannedStart\n        plannedEnd\n        stateChanges {\n          toState\n          changedOn\n        }\n        status(upTo: $upTo) {\n          latestStatusUpdate {\n            statusDate\n            time\n            cost\n            result\n            deviations {\n              dimension\n              cause\n              action\n            }\n          }\n          statusUpdatesSinceColourChange\n          noRecentStatusUpdate\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PortfolioQueriesTest_Board($orgUnitCode: String!, $upTo: MonthInput!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      canEdit\n      orgUnit {\n        code\n      }\n      periodStatus(upTo: $upTo) {\n        year\n        month\n        narrative\n      }\n      projects {\n        name\n        state\n        plannedStart\n        plannedEnd\n        stateChanges {\n          toState\n          changedOn\n        }\n        status(upTo: $upTo) {\n          latestStatusUpdate {\n            statusDate\n            time\n            cost\n            result\n            deviations {\n              dimension\n              cause\n              action\n            }\n          }\n          statusUpdatesSinceColourChange\n          noRecentStatusUpdate\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortfolioQueriesTest_Project($id: ID!) {\n    project(id: $id) {\n      name\n      canEdit\n      portfolio {\n        name\n      }\n      statusUpdates {\n        statusDate\n        time\n        cost\n        result\n        deviations {\n          dimension\n          cause\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PortfolioQueriesTest_Project($id: ID!) {\n    project(id: $id) {\n      name\n      canEdit\n      portfolio {\n        name\n      }\n      statusUpdates {\n        statusDate\n        time\n        cost\n        result\n        deviations {\n          dimension\n          cause\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProjectHistoryTest_Move($input: ProjectMoveInput!) {\n    moveProject(input: $input) {\n      version\n      portfolio {\n        name\n      }\n      moves {\n        fromPortfolio {\n          name\n        }\n        toPortfolio {\n          name\n        }\n        movedOn\n        reason\n        author {\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ProjectHistoryTest_Move($input: ProjectMoveInput!) {\n    moveProject(input: $input) {\n      version\n      portfolio {\n        name\n      }\n      moves {\n        fromPortfolio {\n          name\n        }\n        toPortfolio {\n          name\n        }\n        movedOn\n        reason\n        author {\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProjectHistoryTest_Close($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      state\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ProjectHistoryTest_Close($input: ProjectStateChangeInput!) {\n    changeProjectState(input: $input) {\n      state\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectHistoryTest_Project($id: ID!, $month: MonthInput!) {\n    project(id: $id) {\n      state\n      stateAsOf(month: $month)\n      portfolio {\n        name\n      }\n      portfolioAsOf(month: $month) {\n        name\n      }\n      status(upTo: $month) {\n        latestStatusUpdate {\n          statusDate\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProjectHistoryTest_Project($id: ID!, $month: MonthInput!) {\n    project(id: $id) {\n      state\n      stateAsOf(month: $month)\n      portfolio {\n        name\n      }\n      portfolioAsOf(month: $month) {\n        name\n      }\n      status(upTo: $month) {\n        latestStatusUpdate {\n          statusDate\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectHistoryTest_Board($month: MonthInput!) {\n    portfolios(orgUnitCode: "intraservice") {\n      name\n      projectsAsOf(month: $month) {\n        name\n        stateAsOf(month: $month)\n        portfolioAsOf(month: $month) {\n          name\n        }\n        status(upTo: $month) {\n          latestStatusUpdate {\n            statusDate\n            time\n          }\n          noRecentStatusUpdate\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProjectHistoryTest_Board($month: MonthInput!) {\n    portfolios(orgUnitCode: "intraservice") {\n      name\n      projectsAsOf(month: $month) {\n        name\n        stateAsOf(month: $month)\n        portfolioAsOf(month: $month) {\n          name\n        }\n        status(upTo: $month) {\n          latestStatusUpdate {\n            statusDate\n            time\n          }\n          noRecentStatusUpdate\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectHistoryTest_Overview($upTo: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $upTo) {\n      redProjects {\n        name\n        portfolioName\n      }\n      changes {\n        kind\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProjectHistoryTest_Overview($upTo: MonthInput!) {\n    overview(orgUnitCode: "intraservice", upTo: $upTo) {\n      redProjects {\n        name\n        portfolioName\n      }\n      changes {\n        kind\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectHistoryTest_AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter, first: 5) {\n      events {\n        action\n        entityType\n        entityName\n        changes {\n          field\n          newName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProjectHistoryTest_AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter, first: 5) {\n      events {\n        action\n        entityType\n        entityName\n        changes {\n          field\n          newName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProjectHistoryTest_CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ProjectHistoryTest_CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectHistoryTest_Report($id: ID!) {\n    report(id: $id) {\n      content {\n        sections {\n          kind\n          portfolios {\n            name\n          }\n          deviatingProjects {\n            name\n            portfolioName\n            state\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProjectHistoryTest_Report($id: ID!) {\n    report(id: $id) {\n      content {\n        sections {\n          kind\n          portfolios {\n            name\n          }\n          deviatingProjects {\n            name\n            portfolioName\n            state\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProjectLineageTest_Split($input: SplitProjectInput!) {\n    splitProject(input: $input) {\n      name\n      state\n      actualEnd\n      stateChanges {\n        fromState\n        toState\n        changedOn\n        reason\n      }\n      successors {\n        kind\n        occurredOn\n        reason\n        project {\n          name\n          state\n          owner\n          budgetTkr\n          portfolio {\n            name\n          }\n        }\n        author {\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ProjectLineageTest_Split($input: SplitProjectInput!) {\n    splitProject(input: $input) {\n      name\n      state\n      actualEnd\n      stateChanges {\n        fromState\n        toState\n        changedOn\n        reason\n      }\n      successors {\n        kind\n        occurredOn\n        reason\n        project {\n          name\n          state\n          owner\n          budgetTkr\n          portfolio {\n            name\n          }\n        }\n        author {\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProjectLineageTest_Merge($input: MergeProjectsInput!) {\n    mergeProjects(input: $input) {\n      id\n      name\n      state\n      budgetTkr\n      portfolio {\n        name\n      }\n      origins {\n        kind\n        occurredOn\n        project {\n          name\n          state\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ProjectLineageTest_Merge($input: MergeProjectsInput!) {\n    mergeProjects(input: $input) {\n      id\n      name\n      state\n      budgetTkr\n      portfolio {\n        name\n      }\n      origins {\n        kind\n        occurredOn\n        project {\n          name\n          state\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectLineageTest_Budgets {\n    portfolios(orgUnitCode: "intraservice") {\n      name\n      budget {\n        budgetTkr\n        costToDateTkr\n        projectsWithoutBudget\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProjectLineageTest_Budgets {\n    portfolios(orgUnitCode: "intraservice") {\n      name\n      budget {\n        budgetTkr\n        costToDateTkr\n        projectsWithoutBudget\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query ProjectLineageTest_Lineage($id: ID!) {\n    project(id: $id) {\n      name\n      origins {\n        kind\n        occurredOn\n        project {\n          id\n          name\n          # The origin's history stays readable from the successor.\n          statusUpdates {\n            statusDate\n          }\n          successors {\n            project {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query ProjectLineageTest_Lineage($id: ID!) {\n    project(id: $id) {\n      name\n      origins {\n        kind\n        occurredOn\n        project {\n          id\n          name\n          # The origin's history stays readable from the successor.\n          statusUpdates {\n            statusDate\n          }\n          successors {\n            project {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectLineageTest_Board($month: MonthInput!) {\n    portfolios(orgUnitCode: "intraservice") {\n      name\n      projectsAsOf(month: $month) {\n        name\n        stateAsOf(month: $month)\n        origins {\n          project {\n            name\n          }\n        }\n        successors {\n          project {\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProjectLineageTest_Board($month: MonthInput!) {\n    portfolios(orgUnitCode: "intraservice") {\n      name\n      projectsAsOf(month: $month) {\n        name\n        stateAsOf(month: $month)\n        origins {\n          project {\n            name\n          }\n        }\n        successors {\n          project {\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectLineageTest_AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter, first: 10) {\n      events {\n        operation\n        entityName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProjectLineageTest_AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter, first: 10) {\n      events {\n        operation\n        entityName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectPeopleTest_Options($orgUnitId: ID!) {\n    portfolioPersonOptions(orgUnitId: $orgUnitId) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query ProjectPeopleTest_Options($orgUnitId: ID!) {\n    portfolioPersonOptions(orgUnitId: $orgUnitId) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProjectPeopleTest_CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      owner\n      ownerUserId\n      manager\n      managerUserId\n      forecastTkr\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ProjectPeopleTest_CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      owner\n      ownerUserId\n      manager\n      managerUserId\n      forecastTkr\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProjectPeopleTest_SaveDetails($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      owner\n      ownerUserId\n      manager\n      managerUserId\n      forecastTkr\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ProjectPeopleTest_SaveDetails($input: ProjectDetailsInput!) {\n    updateProjectDetails(input: $input) {\n      owner\n      ownerUserId\n      manager\n      managerUserId\n      forecastTkr\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectPeopleTest_Project($id: ID!) {\n    project(id: $id) {\n      owner\n      ownerUserId\n      manager\n      managerUserId\n    }\n  }\n',
): (typeof documents)['\n  query ProjectPeopleTest_Project($id: ID!) {\n    project(id: $id) {\n      owner\n      ownerUserId\n      manager\n      managerUserId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProjectPeopleTest_CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      owner\n      ownerUserId\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ProjectPeopleTest_CreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      id\n      owner\n      ownerUserId\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProjectPeopleTest_UpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      owner\n      ownerUserId\n    }\n  }\n',
): (typeof documents)['\n  mutation ProjectPeopleTest_UpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      owner\n      ownerUserId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProjectPeopleTest_AddStatusUpdate($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      deviations {\n        dimension\n        actionOwner\n        actionOwnerUserId\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ProjectPeopleTest_AddStatusUpdate($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      deviations {\n        dimension\n        actionOwner\n        actionOwnerUserId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProjectPeopleTest_Budget($orgUnitCode: String!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      budget {\n        budgetTkr\n        forecastTkr\n        projectsWithoutBudget\n        projectsWithoutForecast\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProjectPeopleTest_Budget($orgUnitCode: String!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      budget {\n        budgetTkr\n        forecastTkr\n        projectsWithoutBudget\n        projectsWithoutForecast\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RemindersTest_MySettings {\n    myReminderSettings {\n      frequency\n      version\n    }\n  }\n',
): (typeof documents)['\n  query RemindersTest_MySettings {\n    myReminderSettings {\n      frequency\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemindersTest_SetFrequency($input: SetReminderFrequencyInput!) {\n    setReminderFrequency(input: $input) {\n      frequency\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RemindersTest_SetFrequency($input: SetReminderFrequencyInput!) {\n    setReminderFrequency(input: $input) {\n      frequency\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RemindersTest_SendLog($status: ReminderMailStatus, $first: Int!) {\n    reminderMails(status: $status, first: $first) {\n      id\n      kind\n      occasion\n      recipientName\n      recipient\n      subject\n      itemCount\n      status\n      attempts\n      nextAttemptAt\n      lastError\n      sentAt\n    }\n  }\n',
): (typeof documents)['\n  query RemindersTest_SendLog($status: ReminderMailStatus, $first: Int!) {\n    reminderMails(status: $status, first: $first) {\n      id\n      kind\n      occasion\n      recipientName\n      recipient\n      subject\n      itemCount\n      status\n      attempts\n      nextAttemptAt\n      lastError\n      sentAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemindersTest_Retry($input: RetryReminderMailInput!) {\n    retryReminderMail(input: $input) {\n      id\n      status\n      attempts\n    }\n  }\n',
): (typeof documents)['\n  mutation RemindersTest_Retry($input: RetryReminderMailInput!) {\n    retryReminderMail(input: $input) {\n      id\n      status\n      attempts\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodLockTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      outcome\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodLockTest_SaveValue($input: IndicatorValueInput!) {\n    saveIndicatorValue(input: $input) {\n      outcome\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodLockTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      outcome\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodLockTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      outcome\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodLockTest_SetAssessment($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      fulfilment\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodLockTest_SetAssessment($input: GoalAssessmentInput!) {\n    setGoalAssessment(input: $input) {\n      fulfilment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodLockTest_SaveActivity($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodLockTest_SaveActivity($input: ActivityUpdateInput!) {\n    saveActivityUpdate(input: $input) {\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodLockTest_SaveAssignmentStatus($input: AssignmentUpdateInput!) {\n    saveAssignmentUpdate(input: $input) {\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodLockTest_SaveAssignmentStatus($input: AssignmentUpdateInput!) {\n    saveAssignmentUpdate(input: $input) {\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodLockTest_SaveAuditActionStatus($input: AuditActionUpdateInput!) {\n    saveAuditActionUpdate(input: $input) {\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodLockTest_SaveAuditActionStatus($input: AuditActionUpdateInput!) {\n    saveAuditActionUpdate(input: $input) {\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodLockTest_SaveNarrative($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      narrative\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodLockTest_SaveNarrative($input: PortfolioPeriodStatusInput!) {\n    savePortfolioPeriodStatus(input: $input) {\n      narrative\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodLockTest_RecordControlResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      performed\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodLockTest_RecordControlResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      performed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodLockTest_AddValuation($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      valuedOn\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodLockTest_AddValuation($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      valuedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodLockTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodLockTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodLockTest_AddStatus($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      statusDate\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodLockTest_AddStatus($input: ProjectStatusUpdateInput!) {\n    addProjectStatusUpdate(input: $input) {\n      statusDate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PeriodLockTest_Close($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation PeriodLockTest_Close($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportingCalendarTest_Generate($input: GenerateReportingCalendarInput!) {\n    generateReportingCalendar(input: $input) {\n      id\n      year\n      workingDaysAfterPeriodEnd\n      version\n      periods {\n        id\n        kind\n        number\n        startDate\n        endDate\n        deadline\n        ruleDeadline\n        deadlineMoved\n        status\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportingCalendarTest_Generate($input: GenerateReportingCalendarInput!) {\n    generateReportingCalendar(input: $input) {\n      id\n      year\n      workingDaysAfterPeriodEnd\n      version\n      periods {\n        id\n        kind\n        number\n        startDate\n        endDate\n        deadline\n        ruleDeadline\n        deadlineMoved\n        status\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingCalendarTest_Calendar($year: Int!) {\n    reportingCalendar(year: $year) {\n      year\n      periods {\n        kind\n        number\n        deadline\n        deadlineMoved\n        levelDeadlines {\n          level\n          deadline\n        }\n        business: deadlineAt(level: BUSINESS_AREA)\n        committee: deadlineAt(level: COMMITTEE)\n      }\n    }\n    reportingCalendarYears\n  }\n',
): (typeof documents)['\n  query ReportingCalendarTest_Calendar($year: Int!) {\n    reportingCalendar(year: $year) {\n      year\n      periods {\n        kind\n        number\n        deadline\n        deadlineMoved\n        levelDeadlines {\n          level\n          deadline\n        }\n        business: deadlineAt(level: BUSINESS_AREA)\n        committee: deadlineAt(level: COMMITTEE)\n      }\n    }\n    reportingCalendarYears\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportingCalendarTest_Move($input: SetReportingPeriodDeadlineInput!) {\n    setReportingPeriodDeadline(input: $input) {\n      deadline\n      ruleDeadline\n      deadlineMoved\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportingCalendarTest_Move($input: SetReportingPeriodDeadlineInput!) {\n    setReportingPeriodDeadline(input: $input) {\n      deadline\n      ruleDeadline\n      deadlineMoved\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportingCalendarTest_SetLevel($input: SetReportingLevelDeadlineInput!) {\n    setReportingLevelDeadline(input: $input) {\n      deadline\n      levelDeadlines {\n        level\n        deadline\n      }\n      business: deadlineAt(level: BUSINESS_AREA)\n      committee: deadlineAt(level: COMMITTEE)\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportingCalendarTest_SetLevel($input: SetReportingLevelDeadlineInput!) {\n    setReportingLevelDeadline(input: $input) {\n      deadline\n      levelDeadlines {\n        level\n        deadline\n      }\n      business: deadlineAt(level: BUSINESS_AREA)\n      committee: deadlineAt(level: COMMITTEE)\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportingCalendarTest_Close($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportingCalendarTest_Close($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportingCalendarTest_Reopen($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportingCalendarTest_Reopen($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      status\n      statusReason\n      closedAt\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingCalendarTest_Periods($year: Int!) {\n    reportingCalendar(year: $year) {\n      year\n      workingDaysAfterPeriodEnd\n      version\n      id\n      periods {\n        id\n        kind\n        number\n        startDate\n        endDate\n        deadline\n        ruleDeadline\n        deadlineMoved\n        status\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportingCalendarTest_Periods($year: Int!) {\n    reportingCalendar(year: $year) {\n      year\n      workingDaysAfterPeriodEnd\n      version\n      id\n      periods {\n        id\n        kind\n        number\n        startDate\n        endDate\n        deadline\n        ruleDeadline\n        deadlineMoved\n        status\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingDisciplineTest_Discipline($orgUnitCode: String!, $year: Int!) {\n    reportingDiscipline(orgUnitCode: $orgUnitCode, year: $year) {\n      orgUnit {\n        name\n      }\n      year\n      periods {\n        key\n        kind\n        number\n        inProgress\n      }\n      units {\n        orgUnit {\n          name\n        }\n        cells {\n          periodKey\n          deadline\n          inProgress\n          counts {\n            onTime\n            late\n            missing\n            pending\n            total\n          }\n        }\n        counts {\n          onTime\n          late\n          missing\n          pending\n          total\n        }\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n      unitsBehind {\n        orgUnit {\n          name\n        }\n        counts {\n          missing\n          late\n        }\n      }\n      ownersBehind {\n        name\n        counts {\n          onTime\n          late\n          missing\n        }\n      }\n      missing {\n        key\n        kind\n        title\n        orgUnit {\n          name\n        }\n        period {\n          key\n        }\n        deadline\n        responsible\n        link\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportingDisciplineTest_Discipline($orgUnitCode: String!, $year: Int!) {\n    reportingDiscipline(orgUnitCode: $orgUnitCode, year: $year) {\n      orgUnit {\n        name\n      }\n      year\n      periods {\n        key\n        kind\n        number\n        inProgress\n      }\n      units {\n        orgUnit {\n          name\n        }\n        cells {\n          periodKey\n          deadline\n          inProgress\n          counts {\n            onTime\n            late\n            missing\n            pending\n            total\n          }\n        }\n        counts {\n          onTime\n          late\n          missing\n          pending\n          total\n        }\n      }\n      counts {\n        onTime\n        late\n        missing\n        pending\n        total\n      }\n      unitsBehind {\n        orgUnit {\n          name\n        }\n        counts {\n          missing\n          late\n        }\n      }\n      ownersBehind {\n        name\n        counts {\n          onTime\n          late\n          missing\n        }\n      }\n      missing {\n        key\n        kind\n        title\n        orgUnit {\n          name\n        }\n        period {\n          key\n        }\n        deadline\n        responsible\n        link\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportingDisciplineTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportingDisciplineTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportExportHttpTest_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportExportHttpTest_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportAccessTest_Report($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      comparison {\n        previous {\n          id\n        }\n      }\n      content {\n        orgUnitName\n        sections {\n          kind\n          assignments {\n            title\n          }\n          businessAreaResults {\n            name\n          }\n          portfolios {\n            name\n          }\n          deviatingProjects {\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportAccessTest_Report($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      comparison {\n        previous {\n          id\n        }\n      }\n      content {\n        orgUnitName\n        sections {\n          kind\n          assignments {\n            title\n          }\n          businessAreaResults {\n            name\n          }\n          portfolios {\n            name\n          }\n          deviatingProjects {\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportAccessTest_List($orgUnitCode: String!, $year: Int!) {\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  query ReportAccessTest_List($orgUnitCode: String!, $year: Int!) {\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportAccessTest_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportAccessTest_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportAccessTest_Submit($input: ReportTransitionInput!) {\n    submitReport(input: $input) {\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportAccessTest_Submit($input: ReportTransitionInput!) {\n    submitReport(input: $input) {\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportAccessTest_Approve($input: ReportTransitionInput!) {\n    approveReport(input: $input) {\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportAccessTest_Approve($input: ReportTransitionInput!) {\n    approveReport(input: $input) {\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        mutation ReportExportContentTest_Create($input: CreateReportInput!) {\n          createReport(input: $input) {\n            id\n          }\n        }\n      ',
): (typeof documents)['\n        mutation ReportExportContentTest_Create($input: CreateReportInput!) {\n          createReport(input: $input) {\n            id\n          }\n        }\n      '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportsTest_Report($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      version\n      frozenAt\n      approvedBy {\n        name\n      }\n      viewerCanApprove\n      viewerCanEdit\n      comments {\n        text\n        author {\n          name\n        }\n      }\n      comparison {\n        previous {\n          id\n          period {\n            year\n            month\n          }\n        }\n        colourChanges {\n          kind\n          name\n          previous\n          current\n        }\n        forecastChanges {\n          name\n          previous\n          current\n        }\n        assignmentChanges {\n          title\n          previous\n          current\n        }\n      }\n      content {\n        orgUnitName\n        type\n        period {\n          year\n          month\n        }\n        compiledAt\n        isFrozen\n        sections {\n          id\n          kind\n          title\n          perspectiveName\n          analysisText\n          analysisVersion\n          analysisUpdatedAt\n          analysisUpdatedBy {\n            name\n          }\n          goalSummary {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          goals {\n            councilGoalTitle\n            title\n            fulfilment\n            comment\n          }\n          indicatorTables {\n            periodicity\n            periodLabel\n            previousPeriodLabel\n            hasRolling12\n            rows {\n              indicatorId\n              name\n              unit\n              previousYearOutcome\n              outcome\n              periodTarget\n              fullYearForecast\n              annualTarget\n              rolling12\n              status\n              statusSetByHand\n              isGenerated\n              previousYearIsGenerated\n            }\n          }\n          activities {\n            perspectiveName\n            title\n            endDate\n            status\n            comment\n          }\n          assignments {\n            title\n            source\n            caseNumber\n            dueDate\n            status\n            isOverdue\n            comment\n          }\n          financialLines {\n            name\n            unit\n            previousYearToDate\n            outcomeToDate\n            budgetToDate\n            fullYearForecast\n            fullYearBudget\n            rolledUpFrom\n          }\n          businessAreaResults {\n            name\n            depth\n            isTotal\n            resultToDate\n            fullYearForecast\n            rolledUpFrom\n          }\n          portfolios {\n            name\n            narrative\n            changes\n          }\n          deviatingProjects {\n            portfolioName\n            name\n            state\n            time\n            cost\n            result\n            reportDate\n            deviations {\n              dimension\n              status\n              cause\n              action\n            }\n          }\n          risks {\n            title\n            categoryName\n            probability\n            consequence\n            score\n            mitigations\n            isDemoValue\n          }\n          charts {\n            title\n            kind\n            unit\n            categories\n            generatedCategories\n            series {\n              name\n              values\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportsTest_Report($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      version\n      frozenAt\n      approvedBy {\n        name\n      }\n      viewerCanApprove\n      viewerCanEdit\n      comments {\n        text\n        author {\n          name\n        }\n      }\n      comparison {\n        previous {\n          id\n          period {\n            year\n            month\n          }\n        }\n        colourChanges {\n          kind\n          name\n          previous\n          current\n        }\n        forecastChanges {\n          name\n          previous\n          current\n        }\n        assignmentChanges {\n          title\n          previous\n          current\n        }\n      }\n      content {\n        orgUnitName\n        type\n        period {\n          year\n          month\n        }\n        compiledAt\n        isFrozen\n        sections {\n          id\n          kind\n          title\n          perspectiveName\n          analysisText\n          analysisVersion\n          analysisUpdatedAt\n          analysisUpdatedBy {\n            name\n          }\n          goalSummary {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          goals {\n            councilGoalTitle\n            title\n            fulfilment\n            comment\n          }\n          indicatorTables {\n            periodicity\n            periodLabel\n            previousPeriodLabel\n            hasRolling12\n            rows {\n              indicatorId\n              name\n              unit\n              previousYearOutcome\n              outcome\n              periodTarget\n              fullYearForecast\n              annualTarget\n              rolling12\n              status\n              statusSetByHand\n              isGenerated\n              previousYearIsGenerated\n            }\n          }\n          activities {\n            perspectiveName\n            title\n            endDate\n            status\n            comment\n          }\n          assignments {\n            title\n            source\n            caseNumber\n            dueDate\n            status\n            isOverdue\n            comment\n          }\n          financialLines {\n            name\n            unit\n            previousYearToDate\n            outcomeToDate\n            budgetToDate\n            fullYearForecast\n            fullYearBudget\n            rolledUpFrom\n          }\n          businessAreaResults {\n            name\n            depth\n            isTotal\n            resultToDate\n            fullYearForecast\n            rolledUpFrom\n          }\n          portfolios {\n            name\n            narrative\n            changes\n          }\n          deviatingProjects {\n            portfolioName\n            name\n            state\n            time\n            cost\n            result\n            reportDate\n            deviations {\n              dimension\n              status\n              cause\n              action\n            }\n          }\n          risks {\n            title\n            categoryName\n            probability\n            consequence\n            score\n            mitigations\n            isDemoValue\n          }\n          charts {\n            title\n            kind\n            unit\n            categories\n            generatedCategories\n            series {\n              name\n              values\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportsTest_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n      version\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportsTest_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n      version\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportsTest_SaveText($input: SaveReportSectionTextInput!) {\n    saveReportSectionText(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportsTest_SaveText($input: SaveReportSectionTextInput!) {\n    saveReportSectionText(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportsTest_Submit($input: ReportTransitionInput!) {\n    submitReport(input: $input) {\n      id\n      version\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportsTest_Submit($input: ReportTransitionInput!) {\n    submitReport(input: $input) {\n      id\n      version\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportsTest_SendBack($input: SendBackReportInput!) {\n    sendBackReport(input: $input) {\n      id\n      version\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportsTest_SendBack($input: SendBackReportInput!) {\n    sendBackReport(input: $input) {\n      id\n      version\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportsTest_Approve($input: ReportTransitionInput!) {\n    approveReport(input: $input) {\n      id\n      version\n      status\n      frozenAt\n      approvedBy {\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportsTest_Approve($input: ReportTransitionInput!) {\n    approveReport(input: $input) {\n      id\n      version\n      status\n      frozenAt\n      approvedBy {\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportsTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      rolling12\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportsTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      rolling12\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportsTest_List($orgUnitCode: String!, $year: Int!) {\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      type\n      status\n      period {\n        year\n        month\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportsTest_List($orgUnitCode: String!, $year: Int!) {\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      type\n      status\n      period {\n        year\n        month\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RiskCategoryOrderTest_Categories {\n    riskCategories {\n      id\n      code\n      name\n      sortOrder\n      retired\n      version\n    }\n  }\n',
): (typeof documents)['\n  query RiskCategoryOrderTest_Categories {\n    riskCategories {\n      id\n      code\n      name\n      sortOrder\n      retired\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RiskCategoryOrderTest_Register($orgUnitCode: String!) {\n    riskCategories {\n      name\n      retired\n    }\n    risks(orgUnitCode: $orgUnitCode) {\n      title\n      category {\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RiskCategoryOrderTest_Register($orgUnitCode: String!) {\n    riskCategories {\n      name\n      retired\n    }\n    risks(orgUnitCode: $orgUnitCode) {\n      title\n      category {\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskCategoryOrderTest_Reorder($input: ReorderRiskCategoriesInput!) {\n    reorderRiskCategories(input: $input) {\n      id\n      name\n      sortOrder\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskCategoryOrderTest_Reorder($input: ReorderRiskCategoriesInput!) {\n    reorderRiskCategories(input: $input) {\n      id\n      name\n      sortOrder\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskCategoryOrderTest_Create($input: CreateRiskCategoryInput!) {\n    createRiskCategory(input: $input) {\n      id\n      sortOrder\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskCategoryOrderTest_Create($input: CreateRiskCategoryInput!) {\n    createRiskCategory(input: $input) {\n      id\n      sortOrder\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskCategoryOrderTest_Update($input: UpdateRiskCategoryInput!) {\n    updateRiskCategory(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskCategoryOrderTest_Update($input: UpdateRiskCategoryInput!) {\n    updateRiskCategory(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskCategoryOrderTest_Remove($input: RemoveRiskCategoryInput!) {\n    removeRiskCategory(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskCategoryOrderTest_Remove($input: RemoveRiskCategoryInput!) {\n    removeRiskCategory(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RiskSettingsTest_Categories {\n    riskCategories {\n      id\n      code\n      name\n      sortOrder\n      retired\n      riskCount\n      version\n    }\n    riskScale {\n      max\n      largestValued\n    }\n  }\n',
): (typeof documents)['\n  query RiskSettingsTest_Categories {\n    riskCategories {\n      id\n      code\n      name\n      sortOrder\n      retired\n      riskCount\n      version\n    }\n    riskScale {\n      max\n      largestValued\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskSettingsTest_CreateCategory($input: CreateRiskCategoryInput!) {\n    createRiskCategory(input: $input) {\n      id\n      code\n      name\n      sortOrder\n      retired\n      riskCount\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskSettingsTest_CreateCategory($input: CreateRiskCategoryInput!) {\n    createRiskCategory(input: $input) {\n      id\n      code\n      name\n      sortOrder\n      retired\n      riskCount\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskSettingsTest_UpdateCategory($input: UpdateRiskCategoryInput!) {\n    updateRiskCategory(input: $input) {\n      id\n      name\n      retired\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskSettingsTest_UpdateCategory($input: UpdateRiskCategoryInput!) {\n    updateRiskCategory(input: $input) {\n      id\n      name\n      retired\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskSettingsTest_RemoveCategory($input: RemoveRiskCategoryInput!) {\n    removeRiskCategory(input: $input) {\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskSettingsTest_RemoveCategory($input: RemoveRiskCategoryInput!) {\n    removeRiskCategory(input: $input) {\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskSettingsTest_SetScale($input: SetRiskScaleInput!) {\n    setRiskScale(input: $input) {\n      max\n      largestValued\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskSettingsTest_SetScale($input: SetRiskScaleInput!) {\n    setRiskScale(input: $input) {\n      max\n      largestValued\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskSettingsTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      version\n      category {\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskSettingsTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      version\n      category {\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskSettingsTest_UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      title\n      version\n      category {\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskSettingsTest_UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      title\n      version\n      category {\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskWritesTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      title\n      owner\n      version\n      valuations {\n        probability\n        consequence\n        isDemoValue\n        createdBy {\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskWritesTest_CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      title\n      owner\n      version\n      valuations {\n        probability\n        consequence\n        isDemoValue\n        createdBy {\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskWritesTest_UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskWritesTest_UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskWritesTest_AddValuation($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      valuedOn\n      score\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskWritesTest_AddValuation($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      valuedOn\n      score\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskWritesTest_AddMitigation($input: AddMitigationInput!) {\n    addMitigation(input: $input) {\n      id\n      title\n      dueDate\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskWritesTest_AddMitigation($input: AddMitigationInput!) {\n    addMitigation(input: $input) {\n      id\n      title\n      dueDate\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskWritesTest_UpdateMitigation($input: UpdateMitigationInput!) {\n    updateMitigation(input: $input) {\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskWritesTest_UpdateMitigation($input: UpdateMitigationInput!) {\n    updateMitigation(input: $input) {\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskWritesTest_CreateControl($input: CreateControlInput!) {\n    createInternalControl(input: $input) {\n      id\n      title\n      risk {\n        title\n      }\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskWritesTest_CreateControl($input: CreateControlInput!) {\n    createInternalControl(input: $input) {\n      id\n      title\n      risk {\n        title\n      }\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskWritesTest_UpdateControl($input: UpdateControlInput!) {\n    updateInternalControl(input: $input) {\n      title\n      frequency\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskWritesTest_UpdateControl($input: UpdateControlInput!) {\n    updateInternalControl(input: $input) {\n      title\n      frequency\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RiskWritesTest_RecordResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      month\n      performed\n      outcome\n      description\n      followUpAction\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RiskWritesTest_RecordResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      month\n      performed\n      outcome\n      description\n      followUpAction\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RisksTest_Register($orgUnitCode: String!, $upTo: MonthInput!) {\n    riskScaleMax(orgUnitCode: $orgUnitCode)\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      owner\n      version\n      category {\n        code\n      }\n      orgUnit {\n        code\n      }\n      valuation(upTo: $upTo) {\n        valuedOn\n        probability\n        consequence\n        score\n      }\n      valuations {\n        valuedOn\n        score\n        reasoning\n      }\n      hasOverdueMitigations(upTo: $upTo)\n      mitigations {\n        title\n        dueDate\n        status\n        isOverdue(upTo: $upTo)\n      }\n      controls {\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RisksTest_Register($orgUnitCode: String!, $upTo: MonthInput!) {\n    riskScaleMax(orgUnitCode: $orgUnitCode)\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      owner\n      version\n      category {\n        code\n      }\n      orgUnit {\n        code\n      }\n      valuation(upTo: $upTo) {\n        valuedOn\n        probability\n        consequence\n        score\n      }\n      valuations {\n        valuedOn\n        score\n        reasoning\n      }\n      hasOverdueMitigations(upTo: $upTo)\n      mitigations {\n        title\n        dueDate\n        status\n        isOverdue(upTo: $upTo)\n      }\n      controls {\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RisksTest_ControlPlan($orgUnitCode: String!, $year: Int!) {\n    internalControls(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      version\n      risk {\n        title\n      }\n      results(year: $year) {\n        month\n        performed\n        outcome\n        description\n        followUpAction\n        isDemoValue\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RisksTest_ControlPlan($orgUnitCode: String!, $year: Int!) {\n    internalControls(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      version\n      risk {\n        title\n      }\n      results(year: $year) {\n        month\n        performed\n        outcome\n        description\n        followUpAction\n        isDemoValue\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TargetsTest_ConfirmProposals($input: ConfirmTargetProposalsInput!) {\n    confirmTargetProposals(input: $input) {\n      isProposal\n    }\n  }\n',
): (typeof documents)['\n  mutation TargetsTest_ConfirmProposals($input: ConfirmTargetProposalsInput!) {\n    confirmTargetProposals(input: $input) {\n      isProposal\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TargetsTest_Sheet($orgUnitCode: String!, $year: Int!, $includeSubunits: Boolean) {\n    targetSheet(orgUnitCode: $orgUnitCode, year: $year, includeSubunits: $includeSubunits) {\n      year\n      canEdit\n      includeSubunits\n      rows {\n        indicator {\n          id\n          code\n        }\n        canEdit\n        periods\n        periodTargets\n        annualTarget\n        versions {\n          period\n          version\n        }\n        previousOutcomes {\n          year\n          value\n        }\n        previousYearForecast {\n          year\n          value\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TargetsTest_Sheet($orgUnitCode: String!, $year: Int!, $includeSubunits: Boolean) {\n    targetSheet(orgUnitCode: $orgUnitCode, year: $year, includeSubunits: $includeSubunits) {\n      year\n      canEdit\n      includeSubunits\n      rows {\n        indicator {\n          id\n          code\n        }\n        canEdit\n        periods\n        periodTargets\n        annualTarget\n        versions {\n          period\n          version\n        }\n        previousOutcomes {\n          year\n          value\n        }\n        previousYearForecast {\n          year\n          value\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TargetsTest_Save($input: TargetsInput!) {\n    saveTargets(input: $input) {\n      indicator {\n        code\n      }\n      periodTargets\n      annualTarget\n      versions {\n        period\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TargetsTest_Save($input: TargetsInput!) {\n    saveTargets(input: $input) {\n      indicator {\n        code\n      }\n      periodTargets\n      annualTarget\n      versions {\n        period\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TargetsTest_Reported($id: ID!, $code: String!) {\n    latestReportMonth {\n      year\n      month\n    }\n    orgUnit(code: $code) {\n      latestReportMonth {\n        year\n        month\n      }\n    }\n    indicator(id: $id) {\n      latestValue(upTo: { year: 2024, month: 12 }) {\n        period\n        outcome\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TargetsTest_Reported($id: ID!, $code: String!) {\n    latestReportMonth {\n      year\n      month\n    }\n    orgUnit(code: $code) {\n      latestReportMonth {\n        year\n        month\n      }\n    }\n    indicator(id: $id) {\n      latestValue(upTo: { year: 2024, month: 12 }) {\n        period\n        outcome\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TargetsTest_Economy($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      businessAreaResults {\n        orgUnit {\n          code\n        }\n        operationsToDate\n        operationsBudgetToDate\n        operationsBudget\n        developmentBudget\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TargetsTest_Economy($orgUnitCode: String!, $upTo: MonthInput!) {\n    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {\n      businessAreaResults {\n        orgUnit {\n          code\n        }\n        operationsToDate\n        operationsBudgetToDate\n        operationsBudget\n        developmentBudget\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportingObligationsTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      outcome\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportingObligationsTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n      outcome\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ToDoTest_MyToDo {\n    myToDo {\n      id\n      kind\n      title\n      orgUnitName\n      periodKind\n      year\n      periodNumber\n      deadline\n      overdue\n      link\n    }\n  }\n',
): (typeof documents)['\n  query ToDoTest_MyToDo {\n    myToDo {\n      id\n      kind\n      title\n      orgUnitName\n      periodKind\n      year\n      periodNumber\n      deadline\n      overdue\n      link\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ToDoTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ToDoTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrgUnitImportTest_Preview($id: ID!) {\n    valueImport(id: $id) {\n      kind\n      status\n      writtenCount\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n      rows(limit: 200) {\n        rows {\n          rowNumber\n          status\n          orgUnitCode\n          indicator\n          period\n          orgUnit {\n            name\n            parentCode\n            kind\n            validFrom\n          }\n          changes {\n            field\n            old\n            new\n          }\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrgUnitImportTest_Preview($id: ID!) {\n    valueImport(id: $id) {\n      kind\n      status\n      writtenCount\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n      rows(limit: 200) {\n        rows {\n          rowNumber\n          status\n          orgUnitCode\n          indicator\n          period\n          orgUnit {\n            name\n            parentCode\n            kind\n            validFrom\n          }\n          changes {\n            field\n            old\n            new\n          }\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrgUnitImportTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n      writtenCount\n    }\n  }\n',
): (typeof documents)['\n  mutation OrgUnitImportTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n      writtenCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrgUnitImportTest_Rename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation OrgUnitImportTest_Rename($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ValueImportAuditTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ValueImportAuditTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ValueImportAuditTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      writtenCount\n    }\n  }\n',
): (typeof documents)['\n  mutation ValueImportAuditTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      writtenCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ValueImportCommitScaleTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      writtenCount\n    }\n  }\n',
): (typeof documents)['\n  mutation ValueImportCommitScaleTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      writtenCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ValueImportPeriodLockTest_Commit($id: ID!, $correctionReason: String) {\n    commitValueImport(id: $id, correctionReason: $correctionReason) {\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ValueImportPeriodLockTest_Commit($id: ID!, $correctionReason: String) {\n    commitValueImport(id: $id, correctionReason: $correctionReason) {\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ValueImportPlanLockTest_Rows($id: ID!) {\n    valueImport(id: $id) {\n      rows(limit: 50) {\n        rows {\n          rowNumber\n          status\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ValueImportPlanLockTest_Rows($id: ID!) {\n    valueImport(id: $id) {\n      rows(limit: 50) {\n        rows {\n          rowNumber\n          status\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ValueImportPlanLockTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ValueImportPlanLockTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ValueImportRetiredTest_Retire($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ValueImportRetiredTest_Retire($input: SetIndicatorRetiredInput!) {\n    setIndicatorRetired(input: $input) {\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ValueImportRetiredTest_Preview($id: ID!) {\n    valueImport(id: $id) {\n      rows(limit: 10) {\n        rows {\n          status\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ValueImportRetiredTest_Preview($id: ID!) {\n    valueImport(id: $id) {\n      rows(limit: 10) {\n        rows {\n          status\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ValueImportRetiredTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ValueImportRetiredTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ValueImportRoutesTest_Preview($id: ID!) {\n    valueImport(id: $id) {\n      fileName\n      counts {\n        new\n        total\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ValueImportRoutesTest_Preview($id: ID!) {\n    valueImport(id: $id) {\n      fileName\n      counts {\n        new\n        total\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        query ValueImportScaleTest_LastPage($id: ID!) {\n          valueImport(id: $id) {\n            counts {\n              new\n            }\n            rows(offset: 49800, limit: 200) {\n              rows {\n                rowNumber\n                changes {\n                  old\n                  new\n                }\n                errors {\n                  message\n                }\n              }\n            }\n          }\n        }\n      ',
): (typeof documents)['\n        query ValueImportScaleTest_LastPage($id: ID!) {\n          valueImport(id: $id) {\n            counts {\n              new\n            }\n            rows(offset: 49800, limit: 200) {\n              rows {\n                rowNumber\n                changes {\n                  old\n                  new\n                }\n                errors {\n                  message\n                }\n              }\n            }\n          }\n        }\n      '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        mutation ValueImportScaleTest_Commit($id: ID!) {\n          commitValueImport(id: $id) {\n            writtenCount\n          }\n        }\n      ',
): (typeof documents)['\n        mutation ValueImportScaleTest_Commit($id: ID!) {\n          commitValueImport(id: $id) {\n            writtenCount\n          }\n        }\n      '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        query ValueImportScaleTest_Reimport($id: ID!) {\n          valueImport(id: $id) {\n            counts {\n              unchanged\n            }\n          }\n        }\n      ',
): (typeof documents)['\n        query ValueImportScaleTest_Reimport($id: ID!) {\n          valueImport(id: $id) {\n            counts {\n              unchanged\n            }\n          }\n        }\n      '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ValueImportTest_Preview($id: ID!, $status: ValueImportRowStatus, $offset: Int, $limit: Int) {\n    valueImport(id: $id) {\n      status\n      writtenCount\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n      rows(status: $status, offset: $offset, limit: $limit) {\n        total\n        rows {\n          rowNumber\n          status\n          orgUnitCode\n          indicator\n          period\n          changes {\n            field\n            old\n            new\n          }\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ValueImportTest_Preview($id: ID!, $status: ValueImportRowStatus, $offset: Int, $limit: Int) {\n    valueImport(id: $id) {\n      status\n      writtenCount\n      counts {\n        new\n        changed\n        unchanged\n        invalid\n        total\n      }\n      rows(status: $status, offset: $offset, limit: $limit) {\n        total\n        rows {\n          rowNumber\n          status\n          orgUnitCode\n          indicator\n          period\n          changes {\n            field\n            old\n            new\n          }\n          errors {\n            column\n            message\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ValueImportTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n      writtenCount\n    }\n  }\n',
): (typeof documents)['\n  mutation ValueImportTest_Commit($id: ID!) {\n    commitValueImport(id: $id) {\n      status\n      writtenCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ValueImportTest_Cancel($id: ID!) {\n    cancelValueImport(id: $id) {\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ValueImportTest_Cancel($id: ID!) {\n    cancelValueImport(id: $id) {\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        mutation ValueImportTest_SaveValues($input: IndicatorValuesInput!) {\n          saveIndicatorValues(input: $input) {\n            version\n          }\n        }\n      ',
): (typeof documents)['\n        mutation ValueImportTest_SaveValues($input: IndicatorValuesInput!) {\n          saveIndicatorValues(input: $input) {\n            version\n          }\n        }\n      '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReadRoutingTest_Sheet($period: MonthInput!) {\n    dataEntrySheet(orgUnitCode: "intraservice", period: $period) {\n      indicatorRows {\n        indicator {\n          id\n          code\n        }\n        value {\n          outcome\n          version\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReadRoutingTest_Sheet($period: MonthInput!) {\n    dataEntrySheet(orgUnitCode: "intraservice", period: $period) {\n      indicatorRows {\n        indicator {\n          id\n          code\n        }\n        value {\n          outcome\n          version\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReadRoutingTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      outcome\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ReadRoutingTest_SaveValues($input: IndicatorValuesInput!) {\n    saveIndicatorValues(input: $input) {\n      outcome\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReadRoutingTest_PlanLock {\n    orgUnit(code: "intraservice") {\n      canPlan(year: 2023)\n      planLock(year: 2023)\n    }\n  }\n',
): (typeof documents)['\n  query ReadRoutingTest_PlanLock {\n    orgUnit(code: "intraservice") {\n      canPlan(year: 2023)\n      planLock(year: 2023)\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReadRoutingTest_Overview {\n    overview(orgUnitCode: "intraservice", upTo: { year: 2023, month: 5 }) {\n      changeCount\n      perspectives {\n        __typename\n      }\n      keyIndicators {\n        __typename\n      }\n      redProjects {\n        __typename\n      }\n      topRisks {\n        __typename\n      }\n      attention {\n        redIndicators {\n          __typename\n        }\n        notReportedIndicators {\n          __typename\n        }\n        overdueAssignments {\n          __typename\n        }\n        overdueAuditActions {\n          __typename\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReadRoutingTest_Overview {\n    overview(orgUnitCode: "intraservice", upTo: { year: 2023, month: 5 }) {\n      changeCount\n      perspectives {\n        __typename\n      }\n      keyIndicators {\n        __typename\n      }\n      redProjects {\n        __typename\n      }\n      topRisks {\n        __typename\n      }\n      attention {\n        redIndicators {\n          __typename\n        }\n        notReportedIndicators {\n          __typename\n        }\n        overdueAssignments {\n          __typename\n        }\n        overdueAuditActions {\n          __typename\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReadRoutingTest_ValueImport($id: ID!) {\n    valueImport(id: $id) {\n      fileName\n      status\n    }\n  }\n',
): (typeof documents)['\n  query ReadRoutingTest_ValueImport($id: ID!) {\n    valueImport(id: $id) {\n      fileName\n      status\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
