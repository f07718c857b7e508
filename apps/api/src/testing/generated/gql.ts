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
  '\n  query Goals($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      level\n      perspective {\n        name\n      }\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n      assessment(upTo: $upTo) {\n        year\n        month\n        fulfilment\n        comment\n      }\n      activities {\n        title\n        endDate\n        update(upTo: $upTo) {\n          month\n          status\n          comment\n        }\n      }\n      indicators {\n        name\n        latestValue(upTo: $upTo) {\n          period\n          outcome\n          periodTarget\n          fullYearForecast\n          status\n          isSynthetic\n        }\n      }\n    }\n  }\n': typeof types.GoalsDocument;
  '\n    query Assignments($orgUnitCode: String!, $upTo: MonthInput!) {\n      assignments(orgUnitCode: $orgUnitCode) {\n        title\n        source\n        caseNumber\n        deadline\n        orgUnit {\n          code\n        }\n        update(upTo: $upTo) {\n          status\n          comment\n        }\n      }\n    }\n  ': typeof types.AssignmentsDocument;
  '\n  query Board($orgUnitCode: String!, $upTo: MonthInput!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      canEdit\n      orgUnit {\n        code\n      }\n      periodStatus(upTo: $upTo) {\n        year\n        month\n        narrative\n      }\n      projects {\n        name\n        state\n        plannedStart\n        plannedEnd\n        stateChanges {\n          toState\n          changedOn\n        }\n        status(upTo: $upTo) {\n          latestReport {\n            reportDate\n            time\n            cost\n            result\n            deviations {\n              dimension\n              cause\n              action\n            }\n          }\n          reportsSinceColourChange\n          noRecentReport\n        }\n      }\n    }\n  }\n': typeof types.BoardDocument;
  '\n  query Project($id: ID!) {\n    project(id: $id) {\n      name\n      canEdit\n      portfolio {\n        name\n      }\n      reports {\n        reportDate\n        time\n        cost\n        result\n        deviations {\n          dimension\n          cause\n        }\n      }\n    }\n  }\n': typeof types.ProjectDocument;
  '\n  query ReportsTest_Report($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      version\n      frozenAt\n      approvedBy {\n        name\n      }\n      viewerCanApprove\n      viewerCanEdit\n      comments {\n        text\n        author {\n          name\n        }\n      }\n      comparison {\n        previous {\n          id\n          period {\n            year\n            month\n          }\n        }\n        colourChanges {\n          kind\n          name\n          previous\n          current\n        }\n        forecastChanges {\n          name\n          previous\n          current\n        }\n        assignmentChanges {\n          title\n          previous\n          current\n        }\n      }\n      content {\n        orgUnitName\n        type\n        period {\n          year\n          month\n        }\n        compiledAt\n        isFrozen\n        sections {\n          id\n          kind\n          title\n          perspectiveName\n          analysisText\n          analysisVersion\n          analysisUpdatedAt\n          analysisUpdatedBy {\n            name\n          }\n          goalSummary {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          goals {\n            councilGoalTitle\n            title\n            fulfilment\n            comment\n          }\n          indicatorTables {\n            periodicity\n            periodLabel\n            previousPeriodLabel\n            hasRolling12\n            rows {\n              indicatorId\n              name\n              unit\n              previousYearOutcome\n              outcome\n              periodTarget\n              fullYearForecast\n              annualTarget\n              rolling12\n              status\n            }\n          }\n          activities {\n            perspectiveName\n            title\n            endDate\n            status\n            comment\n          }\n          assignments {\n            title\n            source\n            caseNumber\n            dueDate\n            status\n            isOverdue\n            comment\n          }\n          financialLines {\n            name\n            unit\n            previousYearToDate\n            outcomeToDate\n            budgetToDate\n            fullYearForecast\n            fullYearBudget\n          }\n          businessAreaResults {\n            name\n            depth\n            isTotal\n            resultToDate\n            fullYearForecast\n          }\n          portfolios {\n            name\n            narrative\n            changes\n          }\n          deviatingProjects {\n            portfolioName\n            name\n            state\n            time\n            cost\n            result\n            reportDate\n            deviations {\n              dimension\n              status\n              cause\n              action\n            }\n          }\n          risks {\n            title\n            categoryName\n            probability\n            consequence\n            score\n            mitigations\n          }\n          charts {\n            title\n            kind\n            unit\n            categories\n            series {\n              name\n              values\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ReportsTest_ReportDocument;
  '\n  mutation ReportsTest_Create($input: CreateReportInput!) {\n    createReport(input: $input) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.ReportsTest_CreateDocument;
  '\n  mutation ReportsTest_SaveText($input: SaveReportSectionTextInput!) {\n    saveReportSectionText(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.ReportsTest_SaveTextDocument;
  '\n  mutation ReportsTest_Submit($input: ReportTransitionInput!) {\n    submitReport(input: $input) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.ReportsTest_SubmitDocument;
  '\n  mutation ReportsTest_SendBack($input: SendBackReportInput!) {\n    sendBackReport(input: $input) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.ReportsTest_SendBackDocument;
  '\n  mutation ReportsTest_Approve($input: ReportTransitionInput!) {\n    approveReport(input: $input) {\n      id\n      version\n      status\n      frozenAt\n      approvedBy {\n        name\n      }\n    }\n  }\n': typeof types.ReportsTest_ApproveDocument;
  '\n  query ReportsTest_List($orgUnitCode: String!, $year: Int!) {\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      type\n      status\n      period {\n        year\n        month\n      }\n    }\n  }\n': typeof types.ReportsTest_ListDocument;
  '\n  mutation CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      title\n      owner\n      version\n      valuations {\n        probability\n        consequence\n        isDemoValue\n        createdBy {\n          name\n        }\n      }\n    }\n  }\n': typeof types.CreateRiskDocument;
  '\n  mutation UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n': typeof types.UpdateRiskDocument;
  '\n  mutation AddValuation($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      valuedOn\n      score\n    }\n  }\n': typeof types.AddValuationDocument;
  '\n  mutation AddMitigation($input: AddMitigationInput!) {\n    addMitigation(input: $input) {\n      id\n      title\n      dueDate\n      status\n      version\n    }\n  }\n': typeof types.AddMitigationDocument;
  '\n  mutation UpdateMitigation($input: UpdateMitigationInput!) {\n    updateMitigation(input: $input) {\n      status\n      version\n    }\n  }\n': typeof types.UpdateMitigationDocument;
  '\n  mutation CreateControl($input: CreateControlInput!) {\n    createInternalControl(input: $input) {\n      id\n      title\n      risk {\n        title\n      }\n      version\n    }\n  }\n': typeof types.CreateControlDocument;
  '\n  mutation UpdateControl($input: UpdateControlInput!) {\n    updateInternalControl(input: $input) {\n      title\n      frequency\n      version\n    }\n  }\n': typeof types.UpdateControlDocument;
  '\n  mutation RecordResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      month\n      performed\n      outcome\n      description\n      followUpAction\n      version\n    }\n  }\n': typeof types.RecordResultDocument;
  '\n  query Register($orgUnitCode: String!, $upTo: MonthInput!) {\n    riskScaleMax(orgUnitCode: $orgUnitCode)\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      owner\n      version\n      category {\n        code\n      }\n      orgUnit {\n        code\n      }\n      valuation(upTo: $upTo) {\n        valuedOn\n        probability\n        consequence\n        score\n      }\n      valuations {\n        valuedOn\n        score\n        reasoning\n      }\n      hasOverdueMitigations(upTo: $upTo)\n      mitigations {\n        title\n        dueDate\n        status\n        isOverdue(upTo: $upTo)\n      }\n      controls {\n        title\n      }\n    }\n  }\n': typeof types.RegisterDocument;
  '\n  query ControlPlan($orgUnitCode: String!, $year: Int!) {\n    internalControls(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      version\n      risk {\n        title\n      }\n      results(year: $year) {\n        month\n        performed\n        outcome\n        description\n        followUpAction\n        isDemoValue\n        version\n      }\n    }\n  }\n': typeof types.ControlPlanDocument;
};
const documents: Documents = {
  '\n  query Goals($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      level\n      perspective {\n        name\n      }\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n      assessment(upTo: $upTo) {\n        year\n        month\n        fulfilment\n        comment\n      }\n      activities {\n        title\n        endDate\n        update(upTo: $upTo) {\n          month\n          status\n          comment\n        }\n      }\n      indicators {\n        name\n        latestValue(upTo: $upTo) {\n          period\n          outcome\n          periodTarget\n          fullYearForecast\n          status\n          isSynthetic\n        }\n      }\n    }\n  }\n':
    types.GoalsDocument,
  '\n    query Assignments($orgUnitCode: String!, $upTo: MonthInput!) {\n      assignments(orgUnitCode: $orgUnitCode) {\n        title\n        source\n        caseNumber\n        deadline\n        orgUnit {\n          code\n        }\n        update(upTo: $upTo) {\n          status\n          comment\n        }\n      }\n    }\n  ':
    types.AssignmentsDocument,
  '\n  query Board($orgUnitCode: String!, $upTo: MonthInput!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      canEdit\n      orgUnit {\n        code\n      }\n      periodStatus(upTo: $upTo) {\n        year\n        month\n        narrative\n      }\n      projects {\n        name\n        state\n        plannedStart\n        plannedEnd\n        stateChanges {\n          toState\n          changedOn\n        }\n        status(upTo: $upTo) {\n          latestReport {\n            reportDate\n            time\n            cost\n            result\n            deviations {\n              dimension\n              cause\n              action\n            }\n          }\n          reportsSinceColourChange\n          noRecentReport\n        }\n      }\n    }\n  }\n':
    types.BoardDocument,
  '\n  query Project($id: ID!) {\n    project(id: $id) {\n      name\n      canEdit\n      portfolio {\n        name\n      }\n      reports {\n        reportDate\n        time\n        cost\n        result\n        deviations {\n          dimension\n          cause\n        }\n      }\n    }\n  }\n':
    types.ProjectDocument,
  '\n  query ReportsTest_Report($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      version\n      frozenAt\n      approvedBy {\n        name\n      }\n      viewerCanApprove\n      viewerCanEdit\n      comments {\n        text\n        author {\n          name\n        }\n      }\n      comparison {\n        previous {\n          id\n          period {\n            year\n            month\n          }\n        }\n        colourChanges {\n          kind\n          name\n          previous\n          current\n        }\n        forecastChanges {\n          name\n          previous\n          current\n        }\n        assignmentChanges {\n          title\n          previous\n          current\n        }\n      }\n      content {\n        orgUnitName\n        type\n        period {\n          year\n          month\n        }\n        compiledAt\n        isFrozen\n        sections {\n          id\n          kind\n          title\n          perspectiveName\n          analysisText\n          analysisVersion\n          analysisUpdatedAt\n          analysisUpdatedBy {\n            name\n          }\n          goalSummary {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          goals {\n            councilGoalTitle\n            title\n            fulfilment\n            comment\n          }\n          indicatorTables {\n            periodicity\n            periodLabel\n            previousPeriodLabel\n            hasRolling12\n            rows {\n              indicatorId\n              name\n              unit\n              previousYearOutcome\n              outcome\n              periodTarget\n              fullYearForecast\n              annualTarget\n              rolling12\n              status\n            }\n          }\n          activities {\n            perspectiveName\n            title\n            endDate\n            status\n            comment\n          }\n          assignments {\n            title\n            source\n            caseNumber\n            dueDate\n            status\n            isOverdue\n            comment\n          }\n          financialLines {\n            name\n            unit\n            previousYearToDate\n            outcomeToDate\n            budgetToDate\n            fullYearForecast\n            fullYearBudget\n          }\n          businessAreaResults {\n            name\n            depth\n            isTotal\n            resultToDate\n            fullYearForecast\n          }\n          portfolios {\n            name\n            narrative\n            changes\n          }\n          deviatingProjects {\n            portfolioName\n            name\n            state\n            time\n            cost\n            result\n            reportDate\n            deviations {\n              dimension\n              status\n              cause\n              action\n            }\n          }\n          risks {\n            title\n            categoryName\n            probability\n            consequence\n            score\n            mitigations\n          }\n          charts {\n            title\n            kind\n            unit\n            categories\n            series {\n              name\n              values\n            }\n          }\n        }\n      }\n    }\n  }\n':
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
  '\n  query ReportsTest_List($orgUnitCode: String!, $year: Int!) {\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      type\n      status\n      period {\n        year\n        month\n      }\n    }\n  }\n':
    types.ReportsTest_ListDocument,
  '\n  mutation CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      title\n      owner\n      version\n      valuations {\n        probability\n        consequence\n        isDemoValue\n        createdBy {\n          name\n        }\n      }\n    }\n  }\n':
    types.CreateRiskDocument,
  '\n  mutation UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n':
    types.UpdateRiskDocument,
  '\n  mutation AddValuation($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      valuedOn\n      score\n    }\n  }\n':
    types.AddValuationDocument,
  '\n  mutation AddMitigation($input: AddMitigationInput!) {\n    addMitigation(input: $input) {\n      id\n      title\n      dueDate\n      status\n      version\n    }\n  }\n':
    types.AddMitigationDocument,
  '\n  mutation UpdateMitigation($input: UpdateMitigationInput!) {\n    updateMitigation(input: $input) {\n      status\n      version\n    }\n  }\n':
    types.UpdateMitigationDocument,
  '\n  mutation CreateControl($input: CreateControlInput!) {\n    createInternalControl(input: $input) {\n      id\n      title\n      risk {\n        title\n      }\n      version\n    }\n  }\n':
    types.CreateControlDocument,
  '\n  mutation UpdateControl($input: UpdateControlInput!) {\n    updateInternalControl(input: $input) {\n      title\n      frequency\n      version\n    }\n  }\n':
    types.UpdateControlDocument,
  '\n  mutation RecordResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      month\n      performed\n      outcome\n      description\n      followUpAction\n      version\n    }\n  }\n':
    types.RecordResultDocument,
  '\n  query Register($orgUnitCode: String!, $upTo: MonthInput!) {\n    riskScaleMax(orgUnitCode: $orgUnitCode)\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      owner\n      version\n      category {\n        code\n      }\n      orgUnit {\n        code\n      }\n      valuation(upTo: $upTo) {\n        valuedOn\n        probability\n        consequence\n        score\n      }\n      valuations {\n        valuedOn\n        score\n        reasoning\n      }\n      hasOverdueMitigations(upTo: $upTo)\n      mitigations {\n        title\n        dueDate\n        status\n        isOverdue(upTo: $upTo)\n      }\n      controls {\n        title\n      }\n    }\n  }\n':
    types.RegisterDocument,
  '\n  query ControlPlan($orgUnitCode: String!, $year: Int!) {\n    internalControls(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      version\n      risk {\n        title\n      }\n      results(year: $year) {\n        month\n        performed\n        outcome\n        description\n        followUpAction\n        isDemoValue\n        version\n      }\n    }\n  }\n':
    types.ControlPlanDocument,
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
  source: '\n  query Goals($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      level\n      perspective {\n        name\n      }\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n      assessment(upTo: $upTo) {\n        year\n        month\n        fulfilment\n        comment\n      }\n      activities {\n        title\n        endDate\n        update(upTo: $upTo) {\n          month\n          status\n          comment\n        }\n      }\n      indicators {\n        name\n        latestValue(upTo: $upTo) {\n          period\n          outcome\n          periodTarget\n          fullYearForecast\n          status\n          isSynthetic\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Goals($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      title\n      level\n      perspective {\n        name\n      }\n      orgUnit {\n        code\n      }\n      parents {\n        title\n      }\n      assessment(upTo: $upTo) {\n        year\n        month\n        fulfilment\n        comment\n      }\n      activities {\n        title\n        endDate\n        update(upTo: $upTo) {\n          month\n          status\n          comment\n        }\n      }\n      indicators {\n        name\n        latestValue(upTo: $upTo) {\n          period\n          outcome\n          periodTarget\n          fullYearForecast\n          status\n          isSynthetic\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    query Assignments($orgUnitCode: String!, $upTo: MonthInput!) {\n      assignments(orgUnitCode: $orgUnitCode) {\n        title\n        source\n        caseNumber\n        deadline\n        orgUnit {\n          code\n        }\n        update(upTo: $upTo) {\n          status\n          comment\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    query Assignments($orgUnitCode: String!, $upTo: MonthInput!) {\n      assignments(orgUnitCode: $orgUnitCode) {\n        title\n        source\n        caseNumber\n        deadline\n        orgUnit {\n          code\n        }\n        update(upTo: $upTo) {\n          status\n          comment\n        }\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Board($orgUnitCode: String!, $upTo: MonthInput!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      canEdit\n      orgUnit {\n        code\n      }\n      periodStatus(upTo: $upTo) {\n        year\n        month\n        narrative\n      }\n      projects {\n        name\n        state\n        plannedStart\n        plannedEnd\n        stateChanges {\n          toState\n          changedOn\n        }\n        status(upTo: $upTo) {\n          latestReport {\n            reportDate\n            time\n            cost\n            result\n            deviations {\n              dimension\n              cause\n              action\n            }\n          }\n          reportsSinceColourChange\n          noRecentReport\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Board($orgUnitCode: String!, $upTo: MonthInput!) {\n    portfolios(orgUnitCode: $orgUnitCode) {\n      name\n      canEdit\n      orgUnit {\n        code\n      }\n      periodStatus(upTo: $upTo) {\n        year\n        month\n        narrative\n      }\n      projects {\n        name\n        state\n        plannedStart\n        plannedEnd\n        stateChanges {\n          toState\n          changedOn\n        }\n        status(upTo: $upTo) {\n          latestReport {\n            reportDate\n            time\n            cost\n            result\n            deviations {\n              dimension\n              cause\n              action\n            }\n          }\n          reportsSinceColourChange\n          noRecentReport\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Project($id: ID!) {\n    project(id: $id) {\n      name\n      canEdit\n      portfolio {\n        name\n      }\n      reports {\n        reportDate\n        time\n        cost\n        result\n        deviations {\n          dimension\n          cause\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Project($id: ID!) {\n    project(id: $id) {\n      name\n      canEdit\n      portfolio {\n        name\n      }\n      reports {\n        reportDate\n        time\n        cost\n        result\n        deviations {\n          dimension\n          cause\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportsTest_Report($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      version\n      frozenAt\n      approvedBy {\n        name\n      }\n      viewerCanApprove\n      viewerCanEdit\n      comments {\n        text\n        author {\n          name\n        }\n      }\n      comparison {\n        previous {\n          id\n          period {\n            year\n            month\n          }\n        }\n        colourChanges {\n          kind\n          name\n          previous\n          current\n        }\n        forecastChanges {\n          name\n          previous\n          current\n        }\n        assignmentChanges {\n          title\n          previous\n          current\n        }\n      }\n      content {\n        orgUnitName\n        type\n        period {\n          year\n          month\n        }\n        compiledAt\n        isFrozen\n        sections {\n          id\n          kind\n          title\n          perspectiveName\n          analysisText\n          analysisVersion\n          analysisUpdatedAt\n          analysisUpdatedBy {\n            name\n          }\n          goalSummary {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          goals {\n            councilGoalTitle\n            title\n            fulfilment\n            comment\n          }\n          indicatorTables {\n            periodicity\n            periodLabel\n            previousPeriodLabel\n            hasRolling12\n            rows {\n              indicatorId\n              name\n              unit\n              previousYearOutcome\n              outcome\n              periodTarget\n              fullYearForecast\n              annualTarget\n              rolling12\n              status\n            }\n          }\n          activities {\n            perspectiveName\n            title\n            endDate\n            status\n            comment\n          }\n          assignments {\n            title\n            source\n            caseNumber\n            dueDate\n            status\n            isOverdue\n            comment\n          }\n          financialLines {\n            name\n            unit\n            previousYearToDate\n            outcomeToDate\n            budgetToDate\n            fullYearForecast\n            fullYearBudget\n          }\n          businessAreaResults {\n            name\n            depth\n            isTotal\n            resultToDate\n            fullYearForecast\n          }\n          portfolios {\n            name\n            narrative\n            changes\n          }\n          deviatingProjects {\n            portfolioName\n            name\n            state\n            time\n            cost\n            result\n            reportDate\n            deviations {\n              dimension\n              status\n              cause\n              action\n            }\n          }\n          risks {\n            title\n            categoryName\n            probability\n            consequence\n            score\n            mitigations\n          }\n          charts {\n            title\n            kind\n            unit\n            categories\n            series {\n              name\n              values\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportsTest_Report($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      version\n      frozenAt\n      approvedBy {\n        name\n      }\n      viewerCanApprove\n      viewerCanEdit\n      comments {\n        text\n        author {\n          name\n        }\n      }\n      comparison {\n        previous {\n          id\n          period {\n            year\n            month\n          }\n        }\n        colourChanges {\n          kind\n          name\n          previous\n          current\n        }\n        forecastChanges {\n          name\n          previous\n          current\n        }\n        assignmentChanges {\n          title\n          previous\n          current\n        }\n      }\n      content {\n        orgUnitName\n        type\n        period {\n          year\n          month\n        }\n        compiledAt\n        isFrozen\n        sections {\n          id\n          kind\n          title\n          perspectiveName\n          analysisText\n          analysisVersion\n          analysisUpdatedAt\n          analysisUpdatedBy {\n            name\n          }\n          goalSummary {\n            perspectiveName\n            councilGoalTitle\n            title\n            fulfilment\n          }\n          goals {\n            councilGoalTitle\n            title\n            fulfilment\n            comment\n          }\n          indicatorTables {\n            periodicity\n            periodLabel\n            previousPeriodLabel\n            hasRolling12\n            rows {\n              indicatorId\n              name\n              unit\n              previousYearOutcome\n              outcome\n              periodTarget\n              fullYearForecast\n              annualTarget\n              rolling12\n              status\n            }\n          }\n          activities {\n            perspectiveName\n            title\n            endDate\n            status\n            comment\n          }\n          assignments {\n            title\n            source\n            caseNumber\n            dueDate\n            status\n            isOverdue\n            comment\n          }\n          financialLines {\n            name\n            unit\n            previousYearToDate\n            outcomeToDate\n            budgetToDate\n            fullYearForecast\n            fullYearBudget\n          }\n          businessAreaResults {\n            name\n            depth\n            isTotal\n            resultToDate\n            fullYearForecast\n          }\n          portfolios {\n            name\n            narrative\n            changes\n          }\n          deviatingProjects {\n            portfolioName\n            name\n            state\n            time\n            cost\n            result\n            reportDate\n            deviations {\n              dimension\n              status\n              cause\n              action\n            }\n          }\n          risks {\n            title\n            categoryName\n            probability\n            consequence\n            score\n            mitigations\n          }\n          charts {\n            title\n            kind\n            unit\n            categories\n            series {\n              name\n              values\n            }\n          }\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  query ReportsTest_List($orgUnitCode: String!, $year: Int!) {\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      type\n      status\n      period {\n        year\n        month\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportsTest_List($orgUnitCode: String!, $year: Int!) {\n    reports(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      type\n      status\n      period {\n        year\n        month\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      title\n      owner\n      version\n      valuations {\n        probability\n        consequence\n        isDemoValue\n        createdBy {\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      id\n      title\n      owner\n      version\n      valuations {\n        probability\n        consequence\n        isDemoValue\n        createdBy {\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      id\n      title\n      description\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddValuation($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      valuedOn\n      score\n    }\n  }\n',
): (typeof documents)['\n  mutation AddValuation($input: RiskValuationInput!) {\n    addRiskValuation(input: $input) {\n      valuedOn\n      score\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddMitigation($input: AddMitigationInput!) {\n    addMitigation(input: $input) {\n      id\n      title\n      dueDate\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AddMitigation($input: AddMitigationInput!) {\n    addMitigation(input: $input) {\n      id\n      title\n      dueDate\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMitigation($input: UpdateMitigationInput!) {\n    updateMitigation(input: $input) {\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMitigation($input: UpdateMitigationInput!) {\n    updateMitigation(input: $input) {\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateControl($input: CreateControlInput!) {\n    createInternalControl(input: $input) {\n      id\n      title\n      risk {\n        title\n      }\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateControl($input: CreateControlInput!) {\n    createInternalControl(input: $input) {\n      id\n      title\n      risk {\n        title\n      }\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateControl($input: UpdateControlInput!) {\n    updateInternalControl(input: $input) {\n      title\n      frequency\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateControl($input: UpdateControlInput!) {\n    updateInternalControl(input: $input) {\n      title\n      frequency\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      month\n      performed\n      outcome\n      description\n      followUpAction\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordResult($input: ControlResultInput!) {\n    recordControlResult(input: $input) {\n      month\n      performed\n      outcome\n      description\n      followUpAction\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Register($orgUnitCode: String!, $upTo: MonthInput!) {\n    riskScaleMax(orgUnitCode: $orgUnitCode)\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      owner\n      version\n      category {\n        code\n      }\n      orgUnit {\n        code\n      }\n      valuation(upTo: $upTo) {\n        valuedOn\n        probability\n        consequence\n        score\n      }\n      valuations {\n        valuedOn\n        score\n        reasoning\n      }\n      hasOverdueMitigations(upTo: $upTo)\n      mitigations {\n        title\n        dueDate\n        status\n        isOverdue(upTo: $upTo)\n      }\n      controls {\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Register($orgUnitCode: String!, $upTo: MonthInput!) {\n    riskScaleMax(orgUnitCode: $orgUnitCode)\n    risks(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      owner\n      version\n      category {\n        code\n      }\n      orgUnit {\n        code\n      }\n      valuation(upTo: $upTo) {\n        valuedOn\n        probability\n        consequence\n        score\n      }\n      valuations {\n        valuedOn\n        score\n        reasoning\n      }\n      hasOverdueMitigations(upTo: $upTo)\n      mitigations {\n        title\n        dueDate\n        status\n        isOverdue(upTo: $upTo)\n      }\n      controls {\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ControlPlan($orgUnitCode: String!, $year: Int!) {\n    internalControls(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      version\n      risk {\n        title\n      }\n      results(year: $year) {\n        month\n        performed\n        outcome\n        description\n        followUpAction\n        isDemoValue\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ControlPlan($orgUnitCode: String!, $year: Int!) {\n    internalControls(orgUnitCode: $orgUnitCode) {\n      id\n      title\n      version\n      risk {\n        title\n      }\n      results(year: $year) {\n        month\n        performed\n        outcome\n        description\n        followUpAction\n        isDemoValue\n        version\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
