package eu.leadercoop.accounts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure someone can sign in to a fresh installation: when no administrator exists, creates one
 * from {@code LEADERCOOP_ADMIN_EMAIL} and {@code LEADERCOOP_ADMIN_PASSWORD}; without a password, with
 * a generated one printed to the log this once (the next start finds the administrator and prints
 * nothing).
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final String email;
    private final String password;

    FirstAdministrator(UserRepository users, PasswordEncoder encoder,
            @Value("${leadercoop.admin.email}") String email, @Value("${leadercoop.admin.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.email = email;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsByAdministratorTrue()) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String secret = generated ? Secrets.newPassword() : password;
        UserAccount admin = users.findByEmail(UserAccount.normalise(email)).orElseGet(() -> new UserAccount(email, "Administrator"));
        admin.setAdministrator(true);
        admin.setEnabled(true);
        admin.setPasswordHash(encoder.encode(secret));
        users.save(admin);
        if (generated) {
            log.warn("Created the first administrator {} with the generated password {} (shown only this once; "
                    + "set LEADERCOOP_ADMIN_PASSWORD to choose one, or change it after signing in)", admin.getEmail(), secret);
        } else {
            log.info("Created the first administrator {} from LEADERCOOP_ADMIN_EMAIL", admin.getEmail());
        }
    }
}
