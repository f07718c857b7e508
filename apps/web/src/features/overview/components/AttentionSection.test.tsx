import { screen, within } from '@testing-library/react';
import type { AttentionSection_AttentionFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { AttentionSection } from './AttentionSection';

const unit = { id: 'u1', name: 'Nämnden för Intraservice' };

const nothing: AttentionSection_AttentionFragment = {
  redIndicators: [],
  notReportedIndicators: [],
  overdueAssignments: [],
  overdueAuditActions: [],
  redProjects: [],
  risksAboveTolerance: [],
};

const may2023: AttentionSection_AttentionFragment = {
  ...nothing,
  redIndicators: [
    { id: '17', name: 'Sjukfrånvaro', newlyRed: true, statusSetByHand: false, since: '2023-05', orgUnit: unit },
    { id: '3', name: 'Löneärenden', newlyRed: false, statusSetByHand: true, since: '2023-04', orgUnit: unit },
  ],
  notReportedIndicators: ['Frisknärvaro', 'Avtalsföljsamhet', 'Inköpsvolym', 'Konsultandel', 'Praktikplatser'].map(
    (name, index) => ({ id: String(20 + index), name, since: index === 0 ? '2021' : null, orgUnit: unit }),
  ),
  overdueAssignments: [
    {
      id: '1',
      title: 'Hemtagning av Navet',
      caseNumber: 'SLK-2023-00001',
      deadline: '2023-10-31',
      orgUnit: unit,
    },
  ],
  overdueAuditActions: [
    {
      id: '11',
      recommendation: 'Dataskyddsarbetet',
      auditReportTitle: 'Granskning av informationssäkerhet',
      dueDate: '2023-08-31',
      orgUnit: unit,
    },
  ],
  redProjects: [
    {
      id: '15',
      name: 'Upphandla och införa helhetslösning för telefoni',
      portfolioName: 'Digital infrastruktur',
      statusDate: '2023-05-15',
      time: 'RED',
      cost: 'YELLOW',
      result: 'RED',
    },
  ],
  risksAboveTolerance: [
    {
      id: '1',
      title: 'Ökad risk för cyberattacker',
      score: 12,
      probability: 3,
      consequence: 4,
      isDemoValue: true,
      orgUnit: unit,
    },
  ],
};

// The overview's own address may leave unit and period to the defaults: the links name them.
const url = '/oversikt';
const view = { orgUnitCode: 'intraservice', period: { year: 2023, month: 5 } };

describe('AttentionSection', () => {
  it('lists each thing that needs attention as a link to the thing itself, keeping unit and period', () => {
    renderWithProviders(<AttentionSection attention={may2023} view={view} />, { url });
    const section = screen.getByRole('region', { name: 'Behöver uppmärksamhet' });
    const href = (name: string) => within(section).getByRole('link', { name }).getAttribute('href');
    expect(href('Sjukfrånvaro')).toBe('/indikatorer/17?enhet=intraservice&period=2023-05');
    expect(href('Frisknärvaro')).toBe('/indikatorer/20?enhet=intraservice&period=2023-05');
    expect(href('Hemtagning av Navet')).toBe('/uppdrag?enhet=intraservice&period=2023-05#uppdrag-1');
    expect(href('Dataskyddsarbetet')).toBe('/uppdrag?enhet=intraservice&period=2023-05#atgard-11');
    expect(href('Upphandla och införa helhetslösning för telefoni')).toBe(
      '/portfolj/projekt/15?enhet=intraservice&period=2023-05',
    );
    expect(href('Ökad risk för cyberattacker')).toBe('/risker?enhet=intraservice&period=2023-05&risk=1');
  });

  it('gives each item its status in words beside the colour, and a short reason', () => {
    renderWithProviders(<AttentionSection attention={may2023} view={view} />, { url });
    const group = (name: RegExp) => screen.getByRole('region', { name });
    const redIndicators = within(group(/^Röda indikatorer \(2\)/)).getAllByRole('listitem');
    expect(redIndicators[0]).toHaveTextContent('Ny: når inte målet');
    expect(redIndicators[0]).not.toHaveTextContent('satt manuellt');
    expect(redIndicators[0]).toHaveTextContent('röd sedan maj 2023');
    // Red by an analyst's judgement, not by the rule: the chip says so.
    expect(redIndicators[1]).toHaveTextContent('Når inte målet (satt manuellt)');
    expect(redIndicators[1]).toHaveTextContent('röd sedan april 2023');
    expect(redIndicators[1]!.querySelector('[data-status]')).toHaveAttribute('data-status', 'RED');
    expect(within(group(/^Ej rapporterade/)).getAllByRole('listitem')[0]).toHaveTextContent(
      'ej rapporterad sedan 2021',
    );
    const overdue = within(group(/^Försenade uppdrag och åtgärder \(2\)/)).getAllByRole('listitem');
    expect(overdue[0]).toHaveTextContent('Försenat');
    expect(overdue[0]).toHaveTextContent('försenat sedan 2023-10-31 · SLK-2023-00001');
    expect(within(group(/^Röda projekt/)).getByRole('listitem')).toHaveTextContent(
      'röd på tid, resultat (statusrapport 2023-05-15)',
    );
    expect(within(group(/^Risker över toleransen/)).getByRole('listitem')).toHaveTextContent(
      'Över toleransenÖkad risk för cyberattackerriskvärde 12 (3 × 4) · demovärde',
    );
  });

  it('shows three items of a long group and links to all of them', () => {
    renderWithProviders(<AttentionSection attention={may2023} view={view} />, { url });
    const notReported = screen.getByRole('region', { name: 'Ej rapporterade indikatorer (5)' });
    expect(within(notReported).getAllByRole('listitem')).toHaveLength(3);
    expect(within(notReported).getByRole('link', { name: 'Visa alla 5' })).toHaveAttribute(
      'href',
      '/mal?enhet=intraservice&period=2023-05&status=NOT_REPORTED',
    );
  });

  it('shows no group for a kind with nothing in it', () => {
    renderWithProviders(<AttentionSection attention={{ ...nothing, redProjects: may2023.redProjects }} view={view} />, {
      url,
    });
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Röda projekt (1)',
    ]);
  });

  it('says in one calm line when nothing needs attention', () => {
    renderWithProviders(<AttentionSection attention={nothing} view={view} />, { url });
    const section = screen.getByRole('region', { name: 'Behöver uppmärksamhet' });
    expect(section).toHaveTextContent(/^Behöver uppmärksamhetInget behöver uppmärksamhet/);
    expect(within(section).queryByRole('link')).toBeNull();
    expect(within(section).queryByRole('listitem')).toBeNull();
  });
});
