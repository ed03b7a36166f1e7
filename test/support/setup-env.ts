import { Logger } from '@nestjs/common';

// Runs in every test worker before the test file: a quiet, test-mode environment.
process.env.NODE_ENV ??= 'test';
process.env.LOG_LEVEL ??= 'silent';
if (process.env.LOG_LEVEL === 'silent') Logger.overrideLogger(false);
