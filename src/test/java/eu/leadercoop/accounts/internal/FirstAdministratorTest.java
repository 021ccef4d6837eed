package eu.leadercoop.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.password.PasswordEncoder;

class FirstAdministratorTest {

    final UserRepository users = mock(UserRepository.class);
    final PasswordEncoder encoder = mock(PasswordEncoder.class);

    @Test
    void withoutAPasswordOneIsGeneratedForTheFirstAdministrator() {
        when(users.existsByAdministratorTrue()).thenReturn(false);
        when(users.findByEmail("admin@example.ee")).thenReturn(Optional.empty());
        when(encoder.encode(any())).thenReturn("{argon2}hash");
        new FirstAdministrator(users, encoder, "Admin@Example.ee", "").run(null);
        ArgumentCaptor<CharSequence> password = ArgumentCaptor.forClass(CharSequence.class);
        verify(encoder).encode(password.capture());
        assertThat(password.getValue().toString()).matches("[a-km-zA-HJ-NP-Z2-9]{20}");
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(users).save(saved.capture());
        assertThat(saved.getValue().getEmail()).isEqualTo("admin@example.ee");
        assertThat(saved.getValue().isAdministrator()).isTrue();
        assertThat(saved.getValue().getPasswordHash()).isEqualTo("{argon2}hash");
    }

    @Test
    void theConfiguredPasswordIsUsedAndNothingHappensOnceAnAdministratorExists() {
        when(users.existsByAdministratorTrue()).thenReturn(false);
        when(users.findByEmail(any())).thenReturn(Optional.empty());
        new FirstAdministrator(users, encoder, "admin@example.ee", "chosen password").run(null);
        verify(encoder).encode("chosen password");

        UserRepository existing = mock(UserRepository.class);
        when(existing.existsByAdministratorTrue()).thenReturn(true);
        new FirstAdministrator(existing, encoder, "admin@example.ee", "").run(null);
        verify(existing, never()).save(any());
    }
}
