import { overdueProject } from '../../vitest.project';

export default overdueProject();
