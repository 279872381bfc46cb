package org.openseason.web.account;

import java.util.List;
import org.openseason.api.account.ApiTokens;

/**
 * The administrator's API tokens.
 *
 * @param account the header's bar
 * @param tokens every token of the account, revoked ones too
 * @param created the token just made, shown this once; null otherwise
 * @param error what was wrong with the form, empty when nothing
 */
public record TokensView(AccountBar account, List<ApiTokens.TokenView> tokens, ApiTokens.NewToken created,
    String error) {}
