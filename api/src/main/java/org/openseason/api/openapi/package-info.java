/** The public API described as OpenAPI 3.1: served as YAML and JSON, and read by the browsable API page. */
package org.openseason.api.openapi;
