package kitei.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret that vouches for the entries of a rule-base cache: 32 random bytes in the cache
 * directory's {@code .key}, readable by this user alone. Whoever cannot read it cannot make a tag
 * this process accepts, so cannot get a kjar of theirs loaded. A directory or key that others may
 * write (or read) is not used at all: the cache is then off, with a warning.
 */
final class CacheKey {

    private static final Logger LOG = LoggerFactory.getLogger(CacheKey.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final String FILE = ".key";
    private static final int BYTES = 32;
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final Set<PosixFilePermission> WRITABLE_BY_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    /** Warned about once each, not on every build. */
    private static final Set<Path> REFUSED = Collections.newSetFromMap(new ConcurrentHashMap<>());

    private final byte[] secret;

    private CacheKey(byte[] secret) {
        this.secret = secret;
    }

    /** The key of this cache directory, made (with the directory) if there is none yet; empty when the directory is not safe to use. */
    static Optional<CacheKey> of(Path directory) {
        try {
            boolean posix = Files.getFileAttributeView(directory.toAbsolutePath().getRoot(), PosixFileAttributeView.class) != null;
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory, ownerOnly(posix, "rwx------"));
            }
            String unsafe = posix ? unsafe(directory, WRITABLE_BY_OTHERS) : null;
            if (unsafe != null) {
                return refuse(directory, "the directory " + unsafe);
            }
            Path file = directory.resolve(FILE);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                create(file, posix);
            }
            unsafe = posix ? unsafe(file, GROUP_OR_OTHERS) : null;
            if (unsafe != null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return refuse(directory, "its key " + (unsafe != null ? unsafe : "is not a regular file"));
            }
            byte[] secret = Files.readAllBytes(file);
            if (secret.length != BYTES) {
                return refuse(directory, "its key is not " + BYTES + " bytes long");
            }
            return Optional.of(new CacheKey(secret));
        } catch (IOException | RuntimeException unusable) {
            return refuse(directory, "it cannot be used: " + unusable);
        }
    }

    private static FileAttribute<?>[] ownerOnly(boolean posix, String mode) {
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode))}
                : new FileAttribute<?>[0];
    }

    /** Why the file is unsafe (another owner, or one of the {@code forbidden} permissions), or null. */
    private static String unsafe(Path file, Set<PosixFilePermission> forbidden) throws IOException {
        UserPrincipal owner = Files.getOwner(file, LinkOption.NOFOLLOW_LINKS);
        UserPrincipal me = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
        if (!owner.equals(me)) {
            return "is owned by " + owner.getName() + ", not by " + me.getName();
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        if (!Collections.disjoint(mode, forbidden)) {
            return "has the mode " + PosixFilePermissions.toString(mode) + "; others than its owner may " + (forbidden == WRITABLE_BY_OTHERS ? "write it" : "use it");
        }
        return null;
    }

    private static void create(Path file, boolean posix) throws IOException {
        byte[] secret = new byte[BYTES];
        new SecureRandom().nextBytes(secret);
        Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp", ownerOnly(posix, "rw-------"));
        try {
            Files.write(temporary, secret);
            // Two processes making a key at once: the first one moved in stays, the other's is dropped.
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException other) {
            // kept
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Optional<CacheKey> refuse(Path directory, String why) {
        if (REFUSED.add(directory.toAbsolutePath().normalize())) {
            LOG.warn("the rule-base cache {} is not used, rule bases are compiled every time: {}", directory, why);
        }
        return Optional.empty();
    }

    byte[] tag(String name, byte[] kjar) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(kjar);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("every Java has " + ALGORITHM, unavailable);
        }
    }

    boolean verifies(String name, byte[] kjar, byte[] tag) {
        return MessageDigest.isEqual(tag(name, kjar), tag);
    }
}
