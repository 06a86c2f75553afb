export declare const webAliases: Record<string, string>;
