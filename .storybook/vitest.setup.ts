import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as projectAnnotations from './preview';

// Apply the project's decorators, globals and the a11y checks to every story test.
setProjectAnnotations([a11yAnnotations, projectAnnotations]);
