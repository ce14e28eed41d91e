import { createApp } from 'vue';
import 'tailored-plan-kit/define.js';
import 'tailored-plan-kit/vue';
import App from './App.vue';

createApp(App).mount('#app');
