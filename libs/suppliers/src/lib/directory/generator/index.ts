// The directory generator: benchmark files in the RETC shape drawn from the real register's distributions.
export { DIRECTORY_OPTIONAL_COLUMNS, GENERATED_DIRECTORY_COLUMNS, RETC_COLUMNS } from './directory-columns';
export { DENUE_FILE_NAME, directoryDataFile, RETC_FILE_NAME } from './directory-data-dir';
export { writeGeneratedDirectory, type WriteGeneratedDirectoryOptions } from './write-generated-directory';
