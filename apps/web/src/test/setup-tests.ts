import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy… and waitFor give up after a second by default. On CI's two busy cores a lazy chunk
// (the date pickers, a dialog) can take longer than that to compile and load; a test that passes
// waits only as long as it must, so a generous limit costs nothing but removes the flakiness.
configure({ asyncUtilTimeout: 10_000 });
