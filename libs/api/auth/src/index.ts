export * from './entities/api-token.entity';
export * from './auth.options';
export * from './auth.service';
export * from './auth.module';
