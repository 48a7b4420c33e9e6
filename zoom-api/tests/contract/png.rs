//! A real PNG, for the two uploads (`uploadUserPicture` and
//! `uploadUserVirtualBackground`).

/// CRC-32 (ISO-HDLC, the one PNG uses).
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFF_u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Adler-32, the zlib stream's checksum.
fn adler32(bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (1_u32, 0_u32);
    for &byte in bytes {
        a = (a + u32::from(byte)) % 65_521;
        b = (b + a) % 65_521;
    }
    (b << 16) | a
}

fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(
        &u32::try_from(data.len())
            .expect("small chunk")
            .to_be_bytes(),
    );
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// A valid 16x16 RGB PNG (a colour gradient): signature, IHDR, one IDAT
/// holding a zlib stream of one stored deflate block, IEND; every chunk with
/// its CRC.
pub(crate) fn png() -> Vec<u8> {
    const SIDE: u8 = 16;
    let mut pixels = Vec::new();
    for y in 0..SIDE {
        pixels.push(0); // filter type: none
        for x in 0..SIDE {
            pixels.extend_from_slice(&[x * 16, y * 16, 0x80]);
        }
    }
    let len = u16::try_from(pixels.len()).expect("fits one stored block");
    let mut zlib = vec![0x78, 0x01, 0x01]; // zlib header; final stored block
    zlib.extend_from_slice(&len.to_le_bytes());
    zlib.extend_from_slice(&(!len).to_le_bytes());
    zlib.extend_from_slice(&pixels);
    zlib.extend_from_slice(&adler32(&pixels).to_be_bytes());

    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&u32::from(SIDE).to_be_bytes()); // width
    ihdr.extend_from_slice(&u32::from(SIDE).to_be_bytes()); // height
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB, deflate, no filter, no interlace

    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png_chunk(&mut png, b"IHDR", &ihdr);
    png_chunk(&mut png, b"IDAT", &zlib);
    png_chunk(&mut png, b"IEND", &[]);
    png
}

/// The checksums match published values, so the PNG above is well formed.
#[test]
fn png_checksums_are_right() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b"IEND"), 0xAE42_6082);
    assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
    let png = png();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&png[png.len() - 12..], b"\0\0\0\0IEND\xAE\x42\x60\x82");
}
