import DataLoader from 'dataloader';
import type { PrismaClient, UserModel } from '@lagesbild/db';
import { rowByKey } from '../../loaders/group-by-key';

export function createAccessLoaders(prisma: PrismaClient) {
  return {
    userById: new DataLoader<number, UserModel | null>(async (ids) =>
      rowByKey(ids, await prisma.user.findMany({ where: { id: { in: [...ids] } } }), (user) => user.id),
    ),
  };
}
