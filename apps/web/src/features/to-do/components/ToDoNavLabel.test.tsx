import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ToDoNavLabel, toDoNavName } from './ToDoNavLabel';

function NavTab({ count, overdue }: { count: number; overdue: number }) {
  const { t } = useTranslation();
  return (
    <Tabs value={false}>
      <Tab label={<ToDoNavLabel count={count} overdue={overdue} />} aria-label={toDoNavName(t, count)} />
    </Tabs>
  );
}

describe("the navigation's Att göra", () => {
  it('says how much there is to do, in words for a screen reader and as a badge', () => {
    renderWithProviders(<NavTab count={12} overdue={3} />);
    expect(screen.getByRole('tab', { name: 'Att göra, 12 saker att göra' })).toBeVisible();
    expect(screen.getByText('12')).toHaveAttribute('data-overdue', 'true');
  });

  it('shows a hundred and more as 99+', () => {
    renderWithProviders(<NavTab count={154} overdue={0} />);
    expect(screen.getByRole('tab', { name: 'Att göra, 154 saker att göra' })).toHaveTextContent('Att göra99+');
  });

  it('is just "Att göra" with nothing to do, and "To do" in English', () => {
    renderWithProviders(<NavTab count={0} overdue={0} />, { language: 'en' });
    expect(screen.getByRole('tab', { name: 'To do' })).toBeVisible();
  });
});
