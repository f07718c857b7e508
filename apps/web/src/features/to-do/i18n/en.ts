import type { toDoSv } from './sv';

export const toDoEn: typeof toDoSv = {
  toDo: {
    title: 'To do',
    intro:
      "What you are responsible for reporting: indicators you own or your unit reports, goal assessments, activities' and assignments' statuses, projects' status updates, report sections to write and reports to approve. The list shows what is overdue (up to three months) and what is due within a month.",
    summary_one: '{{count}} thing to do',
    summary_other: '{{count}} things to do',
    overdueSummary: '{{count}} overdue',
    empty: 'You have nothing to report right now.',
    deadline: 'Due {{date}}',
    overdue: 'Overdue',
    dueIn_one: 'in {{count}} day',
    dueIn_other: 'in {{count}} days',
    dueToday: 'today',
    groupLabel: 'Due {{date}}',
    navLabel: 'To do',
    navCount_one: '{{count}} thing to do',
    navCount_other: '{{count}} things to do',
    kindGroup: {
      INDICATOR_VALUE: 'Indicator values',
      GOAL_ASSESSMENT: 'Goal assessments',
      ACTIVITY_STATUS: "Activities' statuses",
      ASSIGNMENT_UPDATE: "Assignments' statuses",
      PROJECT_STATUS_UPDATE: "Projects' status updates",
      REPORT_SECTION: 'Report sections to write',
      REPORT_APPROVAL: 'Reports to approve',
    },
    kind: {
      INDICATOR_VALUE: 'Indicator value',
      GOAL_ASSESSMENT: 'Goal assessment',
      ACTIVITY_STATUS: "Activity's status",
      ASSIGNMENT_UPDATE: "Assignment's status",
      PROJECT_STATUS_UPDATE: "Project's status update",
      REPORT_SECTION: 'Report section to write',
      REPORT_APPROVAL: 'Report to approve',
    },
  },
};
