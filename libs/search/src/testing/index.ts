// Test-only entry point (`@puente/search/testing`): the engine contract suite and its documents.
export { engineContract, type EngineUnderTest } from './engine-contract';
export { CONTRACT_AS_OF, contractDocuments, IDS as CONTRACT_IDS } from './contract-documents';
