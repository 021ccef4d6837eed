package eu.leadercoop.registry.model;

import jakarta.persistence.Column;
import org.hibernate.envers.Audited;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person or office to contact about the project (lisainfo, kontakt), usually for one partner. */
@Entity
@Audited
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partnership_id")
    private Partnership partnership;

    @Column(nullable = false)
    private int position;

    @Column(length = 200)
    private String name;

    @Column(length = 320)
    private String email;

    @Column(length = 60)
    private String phone;

    protected Contact() {
    }

    Contact(Project project, Partnership partnership, int position, String name, String email, String phone) {
        if (blank(name) && blank(email) && blank(phone)) {
            throw new IllegalArgumentException("a contact needs a name, an e-mail or a phone");
        }
        this.project = project;
        this.partnership = partnership;
        this.position = position;
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    public void update(Partnership partnership, String name, String email, String phone) {
        if (blank(name) && blank(email) && blank(phone)) {
            throw new IllegalArgumentException("a contact needs a name, an e-mail or a phone");
        }
        this.partnership = partnership;
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
