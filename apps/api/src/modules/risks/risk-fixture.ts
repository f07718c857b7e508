import type { PrismaClient } from '@lagesbild/db';
import { createGoalFixture } from '../../testing/fixtures';

/**
 * The goal fixture's organisation with a risk register: `committeeRisks` risks of
 * Intraservice, each valued twice (January: 2 × 3, April: 3 × 4) with three mitigations (one
 * overdue from April, one done after its due date, one due on the last of May) and a control
 * with results for January (OK) and February (deviation); one risk of its business area and
 * one of the sibling committee.
 */
export async function createRiskFixture(prisma: PrismaClient, { committeeRisks = 2 } = {}) {
  const organisation = await createGoalFixture(prisma, { committeeGoals: 1 });
  const businessArea = await prisma.orgUnit.findUniqueOrThrow({ where: { code: 'digital-infrastruktur' } });
  const external = await prisma.riskCategory.create({ data: { code: 'external', name: 'Omvärld', sortOrder: 1 } });
  const compliance = await prisma.riskCategory.create({
    data: { code: 'compliance', name: 'Regelefterlevnad och oegentligheter', sortOrder: 5 },
  });
  const risks = [];
  for (let index = 1; index <= committeeRisks; index++) {
    const risk = await prisma.risk.create({
      data: {
        orgUnitId: organisation.committee.id,
        categoryId: index % 2 === 1 ? external.id : compliance.id,
        title: `Risk ${String(index).padStart(2, '0')}`,
        owner: index % 2 === 1 ? 'IT-chef' : 'Inköpschef',
        valuations: {
          create: [
            { valuedOn: new Date('2023-01-15'), probability: 2, consequence: 3, reasoning: 'Första värderingen' },
            { valuedOn: new Date('2023-04-01'), probability: 3, consequence: 4, reasoning: 'Läget har försämrats' },
          ],
        },
        mitigations: {
          create: [
            { title: 'Försenad åtgärd', dueDate: new Date('2023-03-31'), status: 'ONGOING' },
            { title: 'Sent klar åtgärd', dueDate: new Date('2023-02-28'), status: 'DONE' },
            { title: 'Åtgärd i maj', dueDate: new Date('2023-05-31'), status: 'PLANNED' },
          ],
        },
        controls: {
          create: {
            orgUnitId: organisation.committee.id,
            title: `Kontroll av risk ${index}`,
            frequency: 'Månadsvis',
            results: {
              create: [
                { year: 2023, month: 1, performed: true, outcome: 'OK' },
                {
                  year: 2023,
                  month: 2,
                  performed: true,
                  outcome: 'DEVIATION',
                  description: 'Avvikelse',
                  followUpAction: 'Uppföljning',
                },
              ],
            },
          },
        },
      },
    });
    risks.push(risk);
  }
  const businessAreaRisk = await prisma.risk.create({
    data: {
      orgUnitId: businessArea.id,
      categoryId: external.id,
      title: 'Driftstörning',
      valuations: { create: { valuedOn: new Date('2023-02-01'), probability: 1, consequence: 2 } },
    },
  });
  const otherRisk = await prisma.risk.create({
    data: {
      orgUnitId: organisation.otherCommittee.id,
      categoryId: compliance.id,
      title: 'Kommunstyrelsens risk',
      valuations: { create: { valuedOn: new Date('2023-02-01'), probability: 4, consequence: 4 } },
    },
  });
  return { ...organisation, businessArea, external, compliance, risks, businessAreaRisk, otherRisk };
}
