import './styles.css';

export * from './components';
export * from './share-chart';
export * from './combobox';
export * from './time-chart';
export * from './copy-link';
export * from './secret-once';
