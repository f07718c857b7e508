import type { PrismaClient, RoleAssignmentModel } from '@lagesbild/db';

/** The roles a user holds, in the order they were given. */
export function listRoleAssignmentsOfUser(prisma: PrismaClient, userId: number): Promise<RoleAssignmentModel[]> {
  return prisma.roleAssignment.findMany({ where: { userId }, orderBy: { id: 'asc' } });
}
