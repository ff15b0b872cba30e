import { overdueProject } from '../../vitest.project.ts';

export default overdueProject();
