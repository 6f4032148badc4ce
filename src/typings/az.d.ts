declare module 'az';
