// Types of the client-side google.script API that HtmlService injects into the sidebar's page.
// The Apps Script server types are referenced too because the RPC map's types are imported from src/gas.
/// <reference types="google-apps-script" />

declare namespace google.script {
  interface Runner {
    withSuccessHandler(handler: (value: any, userObject?: any) => void): Runner;
    withFailureHandler(handler: (error: Error, userObject?: any) => void): Runner;
    withUserObject(userObject: any): Runner;
    [serverFunction: string]: any;
  }
  const run: Runner;
  const host: { close(): void; editor: { focus(): void } };
}
